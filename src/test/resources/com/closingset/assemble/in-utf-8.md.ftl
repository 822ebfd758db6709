Café ${name}.
