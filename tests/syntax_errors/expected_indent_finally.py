try:
    x()
finally:
pass
