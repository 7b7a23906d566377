# sys.exit() / sys.exit(None) / raise SystemExit all mean status 0.
import sys

try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code:", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("sys.exit(None) code:", e.code)
print("now exiting for real")
raise SystemExit
