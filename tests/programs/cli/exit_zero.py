# sys.exit(0) after output: exit status 0, nothing after it runs.
import sys

print("before exit")
sys.exit(0)
print("never")
