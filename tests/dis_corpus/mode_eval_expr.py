a + b * c if d else [x for x in e]
