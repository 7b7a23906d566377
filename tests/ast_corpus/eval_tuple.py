a + b * c, *d, (e for e in f)
