-- os.exit(true) ends with EXIT_SUCCESS: no "--- exit" line in the expectation.
print("exiting with success")
os.exit(true)
print("never printed")
