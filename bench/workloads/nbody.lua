-- N-body: a symplectic integration of the Sun and the four giant planets (float arithmetic,
-- field access on body tables, sqrt). Prints the energy before and after, times 1e9.
local n = tonumber(arg and arg[1]) or 800000

local pi = 3.141592653589793
local solar_mass = 4 * pi * pi
local days_per_year = 365.24

local function body(x, y, z, vx, vy, vz, mass)
  return {
    x = x, y = y, z = z,
    vx = vx * days_per_year, vy = vy * days_per_year, vz = vz * days_per_year,
    mass = mass * solar_mass,
  }
end

local bodies = {
  body(0, 0, 0, 0, 0, 0, 1),
  body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
       1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
       9.54791938424326609e-04),
  body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
       -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
       2.85885980666130812e-04),
  body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
       2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
       4.36624404335156298e-05),
  body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
       2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
       5.15138902046611451e-05),
}

local function offset_momentum()
  local px, py, pz = 0, 0, 0
  for i = 1, #bodies do
    local b = bodies[i]
    px = px + b.vx * b.mass
    py = py + b.vy * b.mass
    pz = pz + b.vz * b.mass
  end
  local sun = bodies[1]
  sun.vx = -px / solar_mass
  sun.vy = -py / solar_mass
  sun.vz = -pz / solar_mass
end

local function energy()
  local total = 0
  local count = #bodies
  for i = 1, count do
    local a = bodies[i]
    total = total + 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
    for j = i + 1, count do
      local b = bodies[j]
      local dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
      total = total - a.mass * b.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    end
  end
  return total
end

local function advance(dt)
  local count = #bodies
  for i = 1, count do
    local a = bodies[i]
    local ax, ay, az, amass = a.x, a.y, a.z, a.mass
    local avx, avy, avz = a.vx, a.vy, a.vz
    for j = i + 1, count do
      local b = bodies[j]
      local dx, dy, dz = ax - b.x, ay - b.y, az - b.z
      local squared = dx * dx + dy * dy + dz * dz
      local magnitude = dt / (squared * math.sqrt(squared))
      local bmass = b.mass
      avx = avx - dx * bmass * magnitude
      avy = avy - dy * bmass * magnitude
      avz = avz - dz * bmass * magnitude
      b.vx = b.vx + dx * amass * magnitude
      b.vy = b.vy + dy * amass * magnitude
      b.vz = b.vz + dz * amass * magnitude
    end
    a.vx, a.vy, a.vz = avx, avy, avz
  end
  for i = 1, count do
    local b = bodies[i]
    b.x = b.x + dt * b.vx
    b.y = b.y + dt * b.vy
    b.z = b.z + dt * b.vz
  end
end

offset_momentum()
print(math.floor(energy() * 1e9 + 0.5))
for _ = 1, n do advance(0.01) end
print(math.floor(energy() * 1e9 + 0.5))
