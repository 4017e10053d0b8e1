"""Built-in school profiles and the loader of profiles and school configs."""
