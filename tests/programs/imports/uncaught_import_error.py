# Ends with an uncaught ModuleNotFoundError.
import shapes

print(shapes.version)
import shapes.triangle
