-- An uncaught error whose value is a number: converted to a message.
print("before")
error(42)
