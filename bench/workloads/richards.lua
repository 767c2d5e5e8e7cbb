-- A Richards-style operating-system simulation: a priority scheduler running an idle task,
-- a worker, two handlers and two devices that pass packets to each other. Objects with
-- methods through metatables, linked lists, state flags. Prints the packets queued and the
-- times a task held itself, summed over the runs.
local n = tonumber(arg and arg[1]) or 75
local idle_count = 10000

local IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
local DEVICE_PACKET, WORK_PACKET = 0, 1
local DATA_SIZE = 4

-- A message between tasks; `link` chains packets into a queue.
local Packet = {}
Packet.__index = Packet

function Packet.new(link, identity, kind)
  return setmetatable({ link = link, identity = identity, kind = kind, datum = 0,
                        data = { 0, 0, 0, 0 } }, Packet)
end

-- Appends this packet at the end of `queue` and returns the queue's head.
function Packet:append_to(queue)
  self.link = nil
  if queue == nil then return self end
  local last = queue
  while last.link ~= nil do last = last.link end
  last.link = self
  return queue
end

-- A task: its place in the priority-ordered list, its queue of packets and its state.
local Task = {}
Task.__index = Task

local Scheduler = {}
Scheduler.__index = Scheduler

function Scheduler.new()
  return setmetatable({ list = nil, by_identity = {}, current = nil, current_identity = 0,
                        queue_count = 0, hold_count = 0 }, Scheduler)
end

function Scheduler:add_task(identity, priority, queue, behaviour, waiting)
  local task = setmetatable({ link = self.list, identity = identity, priority = priority,
                              queue = queue, behaviour = behaviour, pending = queue ~= nil,
                              waiting = waiting, holding = false }, Task)
  self.list = task
  self.by_identity[identity] = task
end

function Task:is_held_or_suspended()
  return self.holding or (self.waiting and not self.pending)
end

-- Takes the first queued packet if the task was waiting for one, then runs the behaviour.
function Task:run(scheduler)
  local packet = nil
  if self.waiting and self.pending and not self.holding then
    packet = self.queue
    self.queue = packet.link
    self.pending = self.queue ~= nil
    self.waiting = false
  end
  return self.behaviour:run(scheduler, packet)
end

-- Queues `packet` here; returns the task to run next (this one if it outranks `running`).
function Task:accept(packet, running)
  if self.queue == nil then
    self.queue = packet
    self.pending = true
    if self.priority > running.priority then return self end
  else
    self.queue = packet:append_to(self.queue)
  end
  return running
end

function Scheduler:release(identity)
  local task = self.by_identity[identity]
  task.holding = false
  if task.priority > self.current.priority then return task end
  return self.current
end

function Scheduler:hold_current()
  self.hold_count = self.hold_count + 1
  self.current.holding = true
  return self.current.link
end

function Scheduler:wait_current()
  self.current.waiting = true
  return self.current
end

function Scheduler:queue(packet)
  local task = self.by_identity[packet.identity]
  self.queue_count = self.queue_count + 1
  packet.link = nil
  packet.identity = self.current_identity
  return task:accept(packet, self.current)
end

function Scheduler:run()
  self.current = self.list
  while self.current ~= nil do
    local task = self.current
    if task:is_held_or_suspended() then
      self.current = task.link
    else
      self.current_identity = task.identity
      self.current = task:run(self)
    end
  end
end

-- The idle task wakes the two devices in a pseudo-random order until its count runs out.
local Idle = {}
Idle.__index = Idle
function Idle:run(scheduler)
  self.count = self.count - 1
  if self.count == 0 then return scheduler:hold_current() end
  self.seed = (self.seed * 16807) % 2147483647
  if self.seed % 2 == 0 then return scheduler:release(DEVICE_A) end
  return scheduler:release(DEVICE_B)
end

-- The worker fills work packets with letters and sends them to the handlers in turn.
local Worker = {}
Worker.__index = Worker
function Worker:run(scheduler, packet)
  if packet == nil then return scheduler:wait_current() end
  if self.destination == HANDLER_A then self.destination = HANDLER_B else self.destination = HANDLER_A end
  packet.identity = self.destination
  packet.datum = 1
  for i = 1, DATA_SIZE do
    self.letter = self.letter + 1
    if self.letter > 26 then self.letter = 1 end
    packet.data[i] = self.letter
  end
  return scheduler:queue(packet)
end

-- A handler pairs each work packet's letters with device packets and sends them on.
local Handler = {}
Handler.__index = Handler
function Handler:run(scheduler, packet)
  if packet ~= nil then
    if packet.kind == WORK_PACKET then
      self.work = packet:append_to(self.work)
    else
      self.devices = packet:append_to(self.devices)
    end
  end
  local work = self.work
  if work ~= nil then
    local index = work.datum
    if index > DATA_SIZE then
      self.work = work.link
      return scheduler:queue(work)
    end
    local device = self.devices
    if device ~= nil then
      self.devices = device.link
      device.datum = work.data[index]
      work.datum = index + 1
      return scheduler:queue(device)
    end
  end
  return scheduler:wait_current()
end

-- A device holds one packet until it is released, then sends it back.
local Device = {}
Device.__index = Device
function Device:run(scheduler, packet)
  if packet == nil then
    local pending = self.pending
    if pending == nil then return scheduler:wait_current() end
    self.pending = nil
    return scheduler:queue(pending)
  end
  self.pending = packet
  return scheduler:hold_current()
end

local function simulate()
  local scheduler = Scheduler.new()
  scheduler:add_task(IDLE, 0, nil, setmetatable({ seed = 1, count = idle_count }, Idle), false)

  local work = Packet.new(nil, IDLE, WORK_PACKET)
  work = Packet.new(work, IDLE, WORK_PACKET)
  scheduler:add_task(WORKER, 1000, work, setmetatable({ destination = HANDLER_A, letter = 0 }, Worker), true)

  for _, handler in ipairs({ { HANDLER_A, DEVICE_A, 2000 }, { HANDLER_B, DEVICE_B, 3000 } }) do
    local devices = Packet.new(nil, handler[2], DEVICE_PACKET)
    devices = Packet.new(devices, handler[2], DEVICE_PACKET)
    devices = Packet.new(devices, handler[2], DEVICE_PACKET)
    scheduler:add_task(handler[1], handler[3], devices, setmetatable({}, Handler), true)
  end

  scheduler:add_task(DEVICE_A, 4000, nil, setmetatable({}, Device), true)
  scheduler:add_task(DEVICE_B, 5000, nil, setmetatable({}, Device), true)
  scheduler:run()
  return scheduler.queue_count, scheduler.hold_count
end

local queued, held = 0, 0
for _ = 1, n do
  local q, h = simulate()
  queued, held = queued + q, held + h
end
print(queued, held)
