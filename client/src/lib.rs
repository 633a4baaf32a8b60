//! Rust client for the Pancake (pages.fm) API.
