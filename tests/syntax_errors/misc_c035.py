x = u'abc' b'def'
