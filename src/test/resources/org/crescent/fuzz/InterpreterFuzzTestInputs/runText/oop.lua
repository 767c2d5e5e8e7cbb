local Account = {}
Account.__index = Account
function Account.new(balance) return setmetatable({balance = balance}, Account) end
function Account:deposit(v) self.balance = self.balance + v end
function Account:withdraw(v)
  if v > self.balance then error("insufficient funds") end
  self.balance = self.balance - v
end
local Special = setmetatable({}, {__index = Account})
Special.__index = Special
function Special:withdraw(v) self.balance = self.balance - v end
local a = Account.new(100)
a:deposit(50)
print(a.balance, pcall(a.withdraw, a, 500))
local s = setmetatable(Account.new(0), Special)
s:withdraw(10)
print(s.balance)
