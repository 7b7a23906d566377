# UnboundLocalError and NameError messages.
count = 10


def broken_increment():
    count += 1
    return count


try:
    broken_increment()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def read_before_assign():
    print(value)
    value = 1


try:
    read_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def conditional(flag):
    if flag:
        result = "set"
    return result


print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def deleted():
    v = 1
    del v
    return v


try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def free_var_unbound():
    def inner():
        return later

    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = 5
    return inner()


print(free_var_unbound())
try:
    undefined_global_name
except NameError as e:
    print("NameError:", e)


def loop_var():
    for i in range(0):
        pass
    return i


try:
    loop_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(issubclass(UnboundLocalError, NameError))
