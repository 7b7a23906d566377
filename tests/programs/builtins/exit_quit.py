# exit()/quit()/sys.exit inside try, catching SystemExit
import sys
for fn_name, args in [("exit", ()), ("exit", (3,)), ("quit", ("bye",)), ("sys.exit", (None,)), ("sys.exit", ("message",)),
                      ("sys.exit", (0,)), ("sys.exit", (-1,))]:
    fn = {"exit": exit, "quit": quit, "sys.exit": sys.exit}[fn_name]
    try:
        fn(*args)
        print("not reached")
    except SystemExit as e:
        print(fn_name, args, type(e).__name__, repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code, str(e), isinstance(e, BaseException), isinstance(e, Exception))
try:
    try:
        sys.exit(5)
    except Exception:
        print("Exception does not catch SystemExit")
except BaseException as e:
    print("BaseException catches", type(e).__name__, e.code)
def cleanup():
    try:
        sys.exit(2)
    finally:
        print("finally runs on exit")
try:
    cleanup()
except SystemExit as e:
    print("caught", e.code)
print("exiting with status 4 now")
sys.exit(4)
print("unreachable")
