# The fixtures `pancake_mock` and `pancake_mock_factory` come from the pancake-mock wheel's pytest
# plugin (entry point `pytest11`): nothing to declare here. This file only puts http_helpers.py on
# the import path.
