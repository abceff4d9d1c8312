//! A fixed-size bitset over event indices.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bitset {
    words: Vec<u64>,
    len: usize,
}

impl Bitset {
    pub fn empty(len: usize) -> Self {
        Self { words: vec![0; len.div_ceil(64)], len }
    }
    pub fn full(len: usize) -> Self {
        let mut b = Self { words: vec![!0; len.div_ceil(64)], len };
        if !len.is_multiple_of(64) {
            if let Some(last) = b.words.last_mut() {
                *last = (1u64 << (len % 64)) - 1;
            }
        }
        b
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    #[inline]
    pub fn set(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }
    #[inline]
    pub fn get(&self, i: usize) -> bool {
        self.words[i / 64] >> (i % 64) & 1 == 1
    }
    pub fn and_with(&mut self, o: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&o.words) {
            *a &= b;
        }
    }
    pub fn or_with(&mut self, o: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&o.words) {
            *a |= b;
        }
    }
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }
    /// `|self ∩ o|` without allocating.
    pub fn count_and(&self, o: &Bitset) -> u32 {
        self.words.iter().zip(&o.words).map(|(a, b)| (a & b).count_ones()).sum()
    }
    pub fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(wi, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let t = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(wi * 64 + t)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn basics() {
        let mut b = Bitset::empty(130);
        b.set(0);
        b.set(64);
        b.set(129);
        assert_eq!(b.ones().collect::<Vec<_>>(), [0, 64, 129]);
        assert_eq!(Bitset::full(130).count(), 130);
        let mut f = Bitset::full(130);
        f.and_with(&b);
        assert_eq!(f, b);
        assert_eq!(Bitset::full(130).count_and(&b), 3);
    }
}
