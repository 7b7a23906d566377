# An exception raised in a finally block while another is propagating.
def work():
    try:
        print("working")
        raise OSError("disk full")
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")


work()
