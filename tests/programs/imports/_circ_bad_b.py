from _circ_bad_a import A_THING

B_THING = "b"
