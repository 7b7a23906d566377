# global statement effects across functions and modules-level rebinding.
config = {"debug": False}
level = 0


def set_debug():
    config["debug"] = True


def set_level(n):
    global level
    level = n


def read_level():
    return level


set_debug()
set_level(3)
print(config, level, read_level())


def create_new_global():
    global brand_new
    brand_new = [1, 2]


try:
    print(brand_new)
except NameError as e:
    print("NameError:", e)
create_new_global()
print(brand_new)


def global_in_nested():
    def inner():
        global level
        level += 10

    inner()
    return level


print(global_in_nested(), level)


def delete_global():
    global brand_new
    del brand_new


delete_global()
print("brand_new" in globals())
exec("level = 100")
print(level)
g = {}
exec("a = 1\nb = a + 1", g)
print(g["b"], "a" in globals())
print(eval("level + 1"), eval("q * 2", {"q": 21}))
