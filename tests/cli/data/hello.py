import sys

print("hello from", __name__)
print("argv", sys.argv[1:])
if __name__ == "__main__":
    print("running as main")
