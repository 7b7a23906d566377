lambda x: return x
