-- If/else dispatch: a small stack machine whose instructions are chosen by an if/elseif
-- chain over integer opcodes.
local n = tonumber(arg and arg[1]) or 30000

local PUSH, ADD, SUB, MUL, MOD, DUP, SWAP, JUMP_IF_POSITIVE, DECREMENT, POP, HALT = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11

-- Sums (counter * 7 + 3) mod 1000 for counter = start, ..., 1.
local program = {
  PUSH, 0,            -- accumulator
  PUSH, 0,            -- counter, patched per run
  DUP, PUSH, 7, MUL, PUSH, 3, ADD, PUSH, 1000, MOD, -- acc counter term
  SWAP,               -- acc term counter   (swap top two)
  POP,                -- acc term           (the counter is kept in a register below)
  ADD,                -- acc
  DECREMENT,          -- register counter - 1
  JUMP_IF_POSITIVE, 5,
  HALT,
}

local function run(start)
  local stack, top, pc, counter = {}, 0, 1, start
  while true do
    local op = program[pc]
    if op == PUSH then
      top = top + 1; stack[top] = program[pc + 1]; pc = pc + 2
      if pc == 5 then stack[top] = counter end
    elseif op == ADD then
      top = top - 1; stack[top] = stack[top] + stack[top + 1]; pc = pc + 1
    elseif op == SUB then
      top = top - 1; stack[top] = stack[top] - stack[top + 1]; pc = pc + 1
    elseif op == MUL then
      top = top - 1; stack[top] = stack[top] * stack[top + 1]; pc = pc + 1
    elseif op == MOD then
      top = top - 1; stack[top] = stack[top] % stack[top + 1]; pc = pc + 1
    elseif op == DUP then
      top = top + 1; stack[top] = stack[top - 1]; pc = pc + 1
    elseif op == SWAP then
      stack[top], stack[top - 1] = stack[top - 1], stack[top]; pc = pc + 1
    elseif op == POP then
      top = top - 1; pc = pc + 1
    elseif op == DECREMENT then
      counter = counter - 1; pc = pc + 1
    elseif op == JUMP_IF_POSITIVE then
      if counter > 0 then
        top = top + 1; stack[top] = counter; pc = program[pc + 1]
      else
        pc = pc + 2
      end
    elseif op == HALT then
      return stack[1]
    else
      error("bad opcode " .. tostring(op))
    end
  end
end

local checksum = 0
for i = 1, n do
  checksum = (checksum + run(i % 200 + 1)) % 1000000007
end
print(checksum)
