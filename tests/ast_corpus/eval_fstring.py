f'{x!r:>{width}}' 'tail'
