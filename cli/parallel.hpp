// Work on many independent items across threads, results taken in input order: the
// output of a run is the same bytes whatever the number of threads.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace linkchart::cli {

// The number of threads `--jobs 0` means: one per core.
inline unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

// Calls `work(k)` for every k in [0, n) on `jobs` threads and `take(k, result)` on the
// calling thread in the order k = 0, 1, ..., as soon as each result and all before it are
// done. At most `window` results are made ahead of the one taken last, so memory stays
// that of `window` items however large n is. An exception thrown by `work` or `take`
// stops the run and is rethrown here. With one job everything runs on this thread.
template <class Work, class Take>
void ordered_parallel(std::size_t n, unsigned jobs, std::size_t window, Work work, Take take) {
  using Result = decltype(work(std::size_t{0}));
  if (jobs <= 1 || n <= 1) {
    for (std::size_t k = 0; k < n; ++k) take(k, work(k));
    return;
  }
  window = std::max<std::size_t>(window, jobs);
  std::mutex mutex;
  std::condition_variable done_cv, space_cv;
  std::vector<std::optional<Result>> ring(window);
  std::size_t next = 0, taken = 0;
  bool stop = false;
  std::exception_ptr failure;
  const auto worker = [&] {
    for (;;) {
      std::size_t k;
      {
        std::unique_lock lock(mutex);
        space_cv.wait(lock, [&] { return stop || next >= n || next < taken + window; });
        if (stop || next >= n) return;
        k = next++;
      }
      std::optional<Result> result;
      std::exception_ptr error;
      try {
        result.emplace(work(k));
      } catch (...) {
        error = std::current_exception();
      }
      std::lock_guard lock(mutex);
      if (error) {
        if (!failure) failure = error;
        stop = true;
        space_cv.notify_all();
      } else {
        ring[k % window] = std::move(result);
      }
      done_cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  try {
    for (std::size_t k = 0; k < n; ++k) {
      std::optional<Result> result;
      {
        std::unique_lock lock(mutex);
        done_cv.wait(lock, [&] { return stop || ring[k % window].has_value(); });
        if (!ring[k % window]) break;  // a worker failed
        result = std::move(ring[k % window]);
        ring[k % window].reset();
        taken = k + 1;
      }
      space_cv.notify_all();
      take(k, std::move(*result));
    }
  } catch (...) {
    std::lock_guard lock(mutex);
    if (!failure) failure = std::current_exception();
    stop = true;
  }
  {
    std::lock_guard lock(mutex);
    stop = true;
  }
  space_cv.notify_all();
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace linkchart::cli
