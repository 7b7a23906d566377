"""A small ray tracer: vector classes with operator overloading, spheres, planes, shadows."""

import math
import sys

EPSILON = 1e-5


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))


class Color(Vec):
    __slots__ = ()

    def __add__(self, o):
        return Color(self.x + o.x, self.y + o.y, self.z + o.z)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return Color(self.x * k.x, self.y * k.y, self.z * k.z)
        return Color(self.x * k, self.y * k, self.z * k)

    def clamped(self):
        return tuple(max(0, min(255, int(c * 255))) for c in (self.x, self.y, self.z))


SKY = Color(0.45, 0.65, 1.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.7, specular=0.3, reflect=0.0, checker=None):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect
        self.checker = checker

    def color_at(self, point):
        if self.checker is None:
            return self.color
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.checker


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, shapes, lights, ambient=0.1, max_depth=3):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.max_depth = max_depth
        self.rays = 0

    def nearest(self, ray):
        self.rays += 1
        best_t, best_shape = math.inf, None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < best_t:
                best_t, best_shape = t, shape
        return best_t, best_shape

    def shadowed(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        t, shape = self.nearest(Ray(point, to_light))
        return shape is not None and t < distance

    def trace(self, ray, depth=0):
        t, shape = self.nearest(ray)
        if shape is None:
            fade = 0.5 + 0.5 * ray.direction.y
            return SKY * fade
        point = ray.at(t)
        normal = shape.normal_at(point)
        material = shape.material
        base = material.color_at(point)
        result = base * self.ambient
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                result = result + base * light.color * (lambert * material.diffuse)
            half = (to_light - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0:
                result = result + light.color * (material.specular * spec**20)
        if material.reflect > 0 and depth < self.max_depth:
            bounced = Ray(point, ray.direction.reflect(normal))
            result = result + self.trace(bounced, depth + 1) * material.reflect
        return result


class Camera:
    def __init__(self, eye, target, up, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)

    def ray_for(self, px, py):
        sx = (px + 0.5) / self.width * 2 - 1
        sy = 1 - (py + 0.5) / self.height * 2
        aspect = self.width / self.height
        direction = self.forward + self.right * (sx * aspect * 0.6) + self.up * (sy * 0.6)
        return Ray(self.eye, direction)


def build_scene():
    shapes = [
        Plane(Vec(0, 0, 0), Vec(0, 1, 0), Material(Color(0.9, 0.9, 0.9), reflect=0.2, checker=Color(0.1, 0.1, 0.1))),
        Sphere(Vec(0, 1, 3), 1.0, Material(Color(0.9, 0.2, 0.2), reflect=0.3)),
        Sphere(Vec(-2.2, 0.7, 4.5), 0.7, Material(Color(0.2, 0.9, 0.3), specular=0.6)),
        Sphere(Vec(2.0, 1.4, 5.0), 1.4, Material(Color(0.3, 0.3, 0.95), reflect=0.5)),
        Sphere(Vec(0.8, 0.35, 1.6), 0.35, Material(Color(0.95, 0.85, 0.2))),
    ]
    lights = [Light(Vec(-4, 6, -2), Color(1.0, 1.0, 1.0)), Light(Vec(5, 4, 0), Color(0.4, 0.4, 0.5))]
    return Scene(shapes, lights)


def render(size):
    scene = build_scene()
    camera = Camera(Vec(0, 2, -4), Vec(0, 1, 3), Vec(0, 1, 0), size, size * 3 // 4)
    checksum = 0
    histogram = [0] * 8
    for py in range(camera.height):
        for px in range(camera.width):
            r, g, b = scene.trace(camera.ray_for(px, py)).clamped()
            checksum = (checksum * 131 + r * 65536 + g * 256 + b) % 2147483647
            histogram[(r + g + b) * 8 // 766] += 1
    return checksum, histogram, scene.rays


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    checksum, histogram, rays = render(size)
    print(f"checksum {checksum} rays {rays}")
    print("histogram", " ".join(str(h) for h in histogram))


if __name__ == "__main__":
    main()
