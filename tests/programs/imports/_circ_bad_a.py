from _circ_bad_b import B_THING

A_THING = "a"
