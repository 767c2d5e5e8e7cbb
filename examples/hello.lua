print("Hello from Crescent, " .. _VERSION)
