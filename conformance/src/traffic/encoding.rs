//! Compressed answers, decoded so they can be checked.
//!
//! Most HTTP clients ask for compressed answers (`Accept-Encoding: gzip, deflate`, and `br`
//! where they can), so an answer that came compressed is the common case, not an exception: the
//! proxy decodes it to check it, and passes on the bytes as they came. Only the check reads the
//! decoded bytes.

use std::borrow::Cow;
use std::io::Read;

/// The most bytes an answer is decoded to: far beyond any API answer; the proxy's own bound, so
/// a compressed bomb cannot fill its memory (such an answer is passed on unchecked).
pub const MAX_DECODED_BYTES: u64 = 256 * 1024 * 1024;

/// The body as the check reads it: `body` itself without a `content-encoding` (or `identity`),
/// else decoded, codings undone in the reverse order of the header's list. An error says why it
/// could not be decoded (a coding the proxy does not decode, a corrupt stream, beyond
/// [`MAX_DECODED_BYTES`]).
pub fn decoded<'a>(
    content_encoding: Option<&str>,
    body: &'a [u8],
) -> Result<Cow<'a, [u8]>, String> {
    let Some(header) = content_encoding else {
        return Ok(Cow::Borrowed(body));
    };
    let codings: Vec<String> = header
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty() && c != "identity")
        .collect();
    let mut bytes = Cow::Borrowed(body);
    for coding in codings.iter().rev() {
        bytes = Cow::Owned(decode_one(coding, &bytes)?);
    }
    Ok(bytes)
}

fn decode_one(coding: &str, body: &[u8]) -> Result<Vec<u8>, String> {
    match coding {
        "gzip" | "x-gzip" => read_all(flate2::read::MultiGzDecoder::new(body), coding),
        // RFC 9110 says zlib; some servers send a raw deflate stream, which browsers also accept.
        "deflate" => read_all(flate2::read::ZlibDecoder::new(body), coding)
            .or_else(|_| read_all(flate2::read::DeflateDecoder::new(body), coding)),
        "br" => read_all(
            brotli_decompressor::Decompressor::new(body, 64 * 1024),
            coding,
        ),
        other => Err(format!(
            "content-encoding `{other}` is not one the proxy decodes (gzip, deflate, br)"
        )),
    }
}

fn read_all(reader: impl Read, coding: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    reader
        .take(MAX_DECODED_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("the {coding} answer does not decode: {e}"))?;
    if out.len() as u64 > MAX_DECODED_BYTES {
        return Err(format!(
            "the {coding} answer decodes to more than {MAX_DECODED_BYTES} bytes"
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn codings_are_undone_in_reverse_order_and_unknown_ones_say_so() {
        let json = br#"{"success":true}"#;
        assert_eq!(decoded(None, json).unwrap(), &json[..]);
        assert_eq!(decoded(Some("identity"), json).unwrap(), &json[..]);
        assert_eq!(decoded(Some("gzip"), &gzip(json)).unwrap(), &json[..]);
        assert_eq!(
            decoded(Some("gzip, gzip"), &gzip(&gzip(json))).unwrap(),
            &json[..]
        );
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(json).unwrap();
        assert_eq!(
            decoded(Some("deflate"), &z.finish().unwrap()).unwrap(),
            &json[..]
        );
        let error = decoded(Some("zstd"), json).unwrap_err();
        assert!(error.contains("`zstd`"), "{error}");
        assert!(decoded(Some("gzip"), json).is_err(), "not gzip");
    }
}
