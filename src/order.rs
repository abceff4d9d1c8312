//! Ordering of ids (places, actors, articles) by a key.
//!
//! Every `sort_unstable_by_key` closure is its own copy of the sort in the wasm (about 3 KB
//! each, measured with twiggy), so the widget sorts through this one function: the key and
//! the id are packed in a `u64`, and sorted by [`heapsort`].

/// Sorts `ids` by `key` (ascending), then by id.
pub fn sort_ids(ids: &mut [u32], key: &dyn Fn(u32) -> u32) {
    let mut keyed: Vec<u64> = ids.iter().map(|&i| (u64::from(key(i)) << 32) | u64::from(i)).collect();
    heapsort(&mut keyed);
    for (slot, k) in ids.iter_mut().zip(keyed) {
        *slot = k as u32;
    }
}

/// Sorts in place, ascending, in O(n log n) and no allocation.
///
/// Not `slice::sort_unstable`: its pattern-defeating quicksort, with its small-sort and
/// pivot helpers, is 3.6 KB of the widget's wasm (twiggy); this is a tenth of that. The
/// widget sorts a few hundred ids per click (places, articles), where the difference in
/// speed does not show.
fn heapsort(v: &mut [u64]) {
    fn sift_down(v: &mut [u64], mut root: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= v.len() {
                return;
            }
            if child + 1 < v.len() && v[child + 1] > v[child] {
                child += 1;
            }
            if v[root] >= v[child] {
                return;
            }
            v.swap(root, child);
            root = child;
        }
    }
    for i in (0..v.len() / 2).rev() {
        sift_down(v, i);
    }
    for end in (1..v.len()).rev() {
        v.swap(0, end);
        sift_down(&mut v[..end], 0);
    }
}

/// The ids whose count is not zero and that `keep` accepts, most frequent first, then by id.
pub fn by_count(counts: &[u32], keep: &dyn Fn(u32) -> bool) -> Vec<u32> {
    let mut v: Vec<u32> = (0..counts.len() as u32).filter(|&i| counts[i as usize] > 0 && keep(i)).collect();
    sort_ids(&mut v, &|i| u32::MAX - counts[i as usize]);
    v
}

/// An `i32` key (a day number) as a `u32` with the same order.
pub fn signed_key(x: i32) -> u32 {
    (x as u32) ^ 0x8000_0000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_frequent_first_then_by_id_without_zeros() {
        assert_eq!(by_count(&[2, 0, 5, 2, 1], &|_| true), vec![2, 0, 3, 4]);
        assert_eq!(by_count(&[2, 0, 5, 2, 1], &|i| i != 2), vec![0, 3, 4]);
    }

    #[test]
    fn heapsort_sorts_like_the_standard_sort() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for n in [0, 1, 2, 3, 5, 8, 13, 100, 1000] {
            for modulus in [2, 7, u64::MAX] {
                let mut v: Vec<u64> = (0..n)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 7;
                        x ^= x << 17;
                        x % modulus
                    })
                    .collect();
                let mut want = v.clone();
                want.sort_unstable();
                heapsort(&mut v);
                assert_eq!(v, want, "n = {n}, values below {modulus}");
            }
        }
    }

    #[test]
    fn signed_keys_keep_their_order() {
        let mut ids = vec![0, 1, 2, 3];
        let days = [5, -3, 0, -3];
        sort_ids(&mut ids, &|i| signed_key(days[i as usize]));
        assert_eq!(ids, vec![1, 3, 2, 0]);
    }
}
