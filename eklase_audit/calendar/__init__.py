"""Working days, school years and deadlines."""
