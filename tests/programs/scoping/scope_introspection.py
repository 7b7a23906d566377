# locals(), globals(), vars(), dir() at different levels.
module_var = 1


def f(a, b=2):
    c = 3
    inner_names = sorted(locals())

    def g():
        return c

    return inner_names, sorted(locals())


print(f(1))


class K:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))


print(K.names)
print(sorted(k for k in vars(K) if not k.startswith("__")))
print("module_var" in globals(), "module_var" in dir(), globals()["module_var"])


def modify_locals():
    x = 1
    locals()["x"] = 2
    return x


print(modify_locals())
globals()["made_via_globals"] = "yes"
print(made_via_globals)


def no_args():
    return dir()


print(no_args())
