from .. import order

order.append("inner")
print("geometry.inner init")
