# Uncaught exception raised while executing a class body.
class Fine:
    x = 1


print(Fine.x)


class Broken:
    a = 1
    b = a + undefined_name
