from __future__ import annotations

import __future__


def f(x: UndefinedName) -> AlsoUndefined:
    return x


print(f(3), f.__annotations__)
print(__future__.annotations)
print(__future__.annotations.getMandatoryRelease(), __future__.division.getOptionalRelease())
print(__future__.all_feature_names)
