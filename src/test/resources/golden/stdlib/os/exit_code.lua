-- os.exit with a status code ends the script at once; stdout is flushed.
print("before exit")
io.write("unterminated line is flushed too\n")
os.exit(3)
print("never printed")
