//! [`Text`]: the immutable, cheaply cloned string the fixture model stores.
//!
//! A large page repeats the same few strings in every conversation (page id and name, staff,
//! tag labels, the conversation type, the customer's id and name in four places each). Cloning a
//! `Text` shares one allocation instead of copying it, which is most of what keeps 100,000
//! conversations in memory small. It serializes, deserializes and documents itself exactly like
//! a `String`, so responses and fixture files do not change.

use std::borrow::Borrow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An immutable shared string (a clone shares the allocation).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Arc<str>);

impl Text {
    /// The text as a `&str`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::from("")
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text(Arc::from(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text(Arc::from(s))
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Self {
        Text(Arc::from(s.as_str()))
    }
}

impl From<Text> for String {
    fn from(t: Text) -> Self {
        t.0.to_string()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        **self == *other.0
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // A visitor, so a string the input holds unescaped is copied once, straight into the Arc.
        struct TextVisitor;
        impl serde::de::Visitor<'_> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(intern(v))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

/// A fast, non-keyed string hash (FxHash's mixing): the interner hashes every string of a
/// fixture file, where the default SipHash made loading 100,000 conversations half again slower.
/// Only the mock's own fixture parse uses it, so resistance to crafted collisions is not needed.
#[derive(Default)]
struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

type TextSet = HashSet<Text, BuildHasherDefault<FastHasher>>;

thread_local! {
    /// The texts read so far by the innermost [`interning`] call on this thread, if any.
    static INTERNED: RefCell<Option<TextSet>> = const { RefCell::new(None) };
}

/// Runs `f` so that equal strings it deserializes into [`Text`]s share one allocation.
///
/// A fixture file repeats every page id, staff member, tag and customer id many times; read
/// plainly, each occurrence would get its own copy (a 100,000-conversation file would weigh
/// several times what the generator builds). The set of texts lives only while `f` runs.
pub fn interning<R>(f: impl FnOnce() -> R) -> R {
    /// Puts back the enclosing call's set, even when `f` panics.
    struct Restore(Option<TextSet>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let outer = self.0.take();
            INTERNED.with(|i| *i.borrow_mut() = outer);
        }
    }
    let _restore = Restore(INTERNED.with(|i| i.borrow_mut().replace(TextSet::default())));
    f()
}

/// `s` as a [`Text`], shared with an equal one read earlier inside [`interning`].
fn intern(s: &str) -> Text {
    INTERNED.with(|i| match &mut *i.borrow_mut() {
        Some(set) => match set.get(s) {
            Some(t) => t.clone(),
            None => {
                let t = Text::from(s);
                set.insert(t.clone());
                t
            }
        },
        None => Text::from(s),
    })
}

impl JsonSchema for Text {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        String::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        String::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_and_serde_matches_string() {
        let a = Text::from("Nguyễn Văn Anh");
        let b = a.clone();
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string("Nguyễn Văn Anh").unwrap()
        );
        let back: Text = serde_json::from_str(r#""x\"y""#).unwrap();
        assert_eq!(back, "x\"y");
        assert!(serde_json::from_str::<Text>("1").is_err());
        assert_eq!(
            serde_json::to_value(schemars::schema_for!(Text)).unwrap()["type"],
            "string"
        );
    }

    #[test]
    fn equal_texts_read_while_interning_share_and_others_do_not() {
        let read = || serde_json::from_str::<Vec<Text>>(r#"["a","b","a"]"#).unwrap();
        let plain = read();
        assert!(!Arc::ptr_eq(&plain[0].0, &plain[2].0));
        let shared = interning(read);
        assert_eq!(shared, plain);
        assert!(Arc::ptr_eq(&shared[0].0, &shared[2].0));
        assert!(!Arc::ptr_eq(&shared[0].0, &shared[1].0));
        // The set is gone once the call returns, even after a panic inside it.
        let _ = std::panic::catch_unwind(|| interning(|| panic!("bad file")));
        let after = read();
        assert!(!Arc::ptr_eq(&after[0].0, &after[2].0));
    }
}
