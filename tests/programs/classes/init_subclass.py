# __init_subclass__ hooks and class keyword arguments.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="custom-beta"):
    pass


class Gamma(Beta):
    pass


print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Validated:
    required = ()

    def __init_subclass__(cls):
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")


class Good(Validated):
    required = ("run",)

    def run(self):
        return "ran"


print(Good().run())
try:
    class Missing(Validated):
        required = ("run", "stop")
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init_subclass__(cls, /, **kw):
        print("init_subclass", cls.__name__, sorted(kw))


class Child(Base):
    pass


print(type(Base.__init_subclass__).__name__)
