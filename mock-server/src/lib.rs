//! A stateful mock of the Pancake (pages.fm) API.
