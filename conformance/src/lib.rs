//! Contract tests and properties for the Pancake API toolkit.
