graph/CMakeFiles/linkchart_graph.dir/entity_graph.cpp.o: \
 /work/main/graph/entity_graph.cpp /usr/include/stdc-predef.h \
 /work/main/graph/entity_graph.hpp /usr/include/c++/12/cstddef \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++config.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/os_defines.h \
 /usr/include/features.h /usr/include/features-time64.h \
 /usr/include/x86_64-linux-gnu/bits/wordsize.h \
 /usr/include/x86_64-linux-gnu/bits/timesize.h \
 /usr/include/x86_64-linux-gnu/sys/cdefs.h \
 /usr/include/x86_64-linux-gnu/bits/long-double.h \
 /usr/include/x86_64-linux-gnu/gnu/stubs.h \
 /usr/include/x86_64-linux-gnu/gnu/stubs-64.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/cpu_defines.h \
 /usr/include/c++/12/pstl/pstl_config.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h \
 /usr/include/c++/12/expected /usr/include/c++/12/initializer_list \
 /usr/include/c++/12/bits/exception.h \
 /usr/include/c++/12/bits/stl_construct.h /usr/include/c++/12/new \
 /usr/include/c++/12/bits/move.h /usr/include/c++/12/type_traits \
 /usr/include/c++/12/bits/stl_iterator_base_types.h \
 /usr/include/c++/12/bits/iterator_concepts.h \
 /usr/include/c++/12/concepts /usr/include/c++/12/bits/ptr_traits.h \
 /usr/include/c++/12/bits/ranges_cmp.h \
 /usr/include/c++/12/bits/stl_iterator_base_funcs.h \
 /usr/include/c++/12/bits/concept_check.h \
 /usr/include/c++/12/debug/assertions.h \
 /usr/include/c++/12/bits/utility.h /usr/include/c++/12/memory \
 /usr/include/c++/12/bits/stl_algobase.h \
 /usr/include/c++/12/bits/functexcept.h \
 /usr/include/c++/12/bits/exception_defines.h \
 /usr/include/c++/12/bits/cpp_type_traits.h \
 /usr/include/c++/12/ext/type_traits.h \
 /usr/include/c++/12/ext/numeric_traits.h \
 /usr/include/c++/12/bits/stl_pair.h /usr/include/c++/12/compare \
 /usr/include/c++/12/bits/stl_iterator.h \
 /usr/include/c++/12/debug/debug.h \
 /usr/include/c++/12/bits/predefined_ops.h \
 /usr/include/c++/12/bits/allocator.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++allocator.h \
 /usr/include/c++/12/bits/new_allocator.h \
 /usr/include/c++/12/bits/memoryfwd.h \
 /usr/include/c++/12/bits/stl_uninitialized.h \
 /usr/include/c++/12/ext/alloc_traits.h \
 /usr/include/c++/12/bits/alloc_traits.h \
 /usr/include/c++/12/bits/stl_tempbuf.h \
 /usr/include/c++/12/bits/stl_raw_storage_iter.h \
 /usr/include/c++/12/bits/align.h /usr/include/c++/12/bit \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stdint.h /usr/include/stdint.h \
 /usr/include/x86_64-linux-gnu/bits/libc-header-start.h \
 /usr/include/x86_64-linux-gnu/bits/types.h \
 /usr/include/x86_64-linux-gnu/bits/typesizes.h \
 /usr/include/x86_64-linux-gnu/bits/time64.h \
 /usr/include/x86_64-linux-gnu/bits/wchar.h \
 /usr/include/x86_64-linux-gnu/bits/stdint-intn.h \
 /usr/include/x86_64-linux-gnu/bits/stdint-uintn.h \
 /usr/include/c++/12/bits/uses_allocator.h \
 /usr/include/c++/12/bits/unique_ptr.h /usr/include/c++/12/tuple \
 /usr/include/c++/12/bits/invoke.h \
 /usr/include/c++/12/bits/stl_function.h \
 /usr/include/c++/12/backward/binders.h \
 /usr/include/c++/12/bits/functional_hash.h \
 /usr/include/c++/12/bits/hash_bytes.h /usr/include/c++/12/ostream \
 /usr/include/c++/12/ios /usr/include/c++/12/iosfwd \
 /usr/include/c++/12/bits/stringfwd.h /usr/include/c++/12/bits/postypes.h \
 /usr/include/c++/12/cwchar /usr/include/wchar.h \
 /usr/include/x86_64-linux-gnu/bits/floatn.h \
 /usr/include/x86_64-linux-gnu/bits/floatn-common.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stdarg.h \
 /usr/include/x86_64-linux-gnu/bits/types/wint_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/mbstate_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__mbstate_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/locale_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__locale_t.h \
 /usr/include/c++/12/exception /usr/include/c++/12/bits/exception_ptr.h \
 /usr/include/c++/12/bits/cxxabi_init_exception.h \
 /usr/include/c++/12/typeinfo /usr/include/c++/12/bits/nested_exception.h \
 /usr/include/c++/12/bits/char_traits.h /usr/include/c++/12/cstdint \
 /usr/include/c++/12/bits/localefwd.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++locale.h \
 /usr/include/c++/12/clocale /usr/include/locale.h \
 /usr/include/x86_64-linux-gnu/bits/locale.h /usr/include/c++/12/cctype \
 /usr/include/ctype.h /usr/include/x86_64-linux-gnu/bits/endian.h \
 /usr/include/x86_64-linux-gnu/bits/endianness.h \
 /usr/include/c++/12/bits/ios_base.h /usr/include/c++/12/ext/atomicity.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/gthr.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/gthr-default.h \
 /usr/include/pthread.h /usr/include/sched.h \
 /usr/include/x86_64-linux-gnu/bits/types/time_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h \
 /usr/include/x86_64-linux-gnu/bits/sched.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_sched_param.h \
 /usr/include/x86_64-linux-gnu/bits/cpu-set.h /usr/include/time.h \
 /usr/include/x86_64-linux-gnu/bits/time.h \
 /usr/include/x86_64-linux-gnu/bits/timex.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h \
 /usr/include/x86_64-linux-gnu/bits/types/clock_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_tm.h \
 /usr/include/x86_64-linux-gnu/bits/types/clockid_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/timer_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_itimerspec.h \
 /usr/include/x86_64-linux-gnu/bits/pthreadtypes.h \
 /usr/include/x86_64-linux-gnu/bits/thread-shared-types.h \
 /usr/include/x86_64-linux-gnu/bits/pthreadtypes-arch.h \
 /usr/include/x86_64-linux-gnu/bits/atomic_wide_counter.h \
 /usr/include/x86_64-linux-gnu/bits/struct_mutex.h \
 /usr/include/x86_64-linux-gnu/bits/struct_rwlock.h \
 /usr/include/x86_64-linux-gnu/bits/setjmp.h \
 /usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h \
 /usr/include/x86_64-linux-gnu/bits/pthread_stack_min-dynamic.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/atomic_word.h \
 /usr/include/x86_64-linux-gnu/sys/single_threaded.h \
 /usr/include/c++/12/bits/locale_classes.h /usr/include/c++/12/string \
 /usr/include/c++/12/bits/ostream_insert.h \
 /usr/include/c++/12/bits/cxxabi_forced.h \
 /usr/include/c++/12/bits/refwrap.h \
 /usr/include/c++/12/bits/range_access.h \
 /usr/include/c++/12/bits/basic_string.h /usr/include/c++/12/string_view \
 /usr/include/c++/12/bits/ranges_base.h \
 /usr/include/c++/12/bits/max_size_type.h /usr/include/c++/12/numbers \
 /usr/include/c++/12/bits/string_view.tcc \
 /usr/include/c++/12/ext/string_conversions.h /usr/include/c++/12/cstdlib \
 /usr/include/stdlib.h /usr/include/x86_64-linux-gnu/bits/waitflags.h \
 /usr/include/x86_64-linux-gnu/bits/waitstatus.h \
 /usr/include/x86_64-linux-gnu/sys/types.h /usr/include/endian.h \
 /usr/include/x86_64-linux-gnu/bits/byteswap.h \
 /usr/include/x86_64-linux-gnu/bits/uintn-identity.h \
 /usr/include/x86_64-linux-gnu/sys/select.h \
 /usr/include/x86_64-linux-gnu/bits/select.h \
 /usr/include/x86_64-linux-gnu/bits/types/sigset_t.h \
 /usr/include/alloca.h \
 /usr/include/x86_64-linux-gnu/bits/stdlib-bsearch.h \
 /usr/include/x86_64-linux-gnu/bits/stdlib-float.h \
 /usr/include/c++/12/bits/std_abs.h /usr/include/c++/12/cstdio \
 /usr/include/stdio.h /usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__fpos64_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/cookie_io_functions_t.h \
 /usr/include/x86_64-linux-gnu/bits/stdio_lim.h \
 /usr/include/x86_64-linux-gnu/bits/stdio.h /usr/include/c++/12/cerrno \
 /usr/include/errno.h /usr/include/x86_64-linux-gnu/bits/errno.h \
 /usr/include/linux/errno.h /usr/include/x86_64-linux-gnu/asm/errno.h \
 /usr/include/asm-generic/errno.h /usr/include/asm-generic/errno-base.h \
 /usr/include/x86_64-linux-gnu/bits/types/error_t.h \
 /usr/include/c++/12/bits/charconv.h \
 /usr/include/c++/12/bits/basic_string.tcc \
 /usr/include/c++/12/bits/locale_classes.tcc \
 /usr/include/c++/12/system_error \
 /usr/include/x86_64-linux-gnu/c++/12/bits/error_constants.h \
 /usr/include/c++/12/stdexcept /usr/include/c++/12/streambuf \
 /usr/include/c++/12/bits/streambuf.tcc \
 /usr/include/c++/12/bits/basic_ios.h \
 /usr/include/c++/12/bits/locale_facets.h /usr/include/c++/12/cwctype \
 /usr/include/wctype.h /usr/include/x86_64-linux-gnu/bits/wctype-wchar.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/ctype_base.h \
 /usr/include/c++/12/bits/streambuf_iterator.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/ctype_inline.h \
 /usr/include/c++/12/bits/locale_facets.tcc \
 /usr/include/c++/12/bits/basic_ios.tcc \
 /usr/include/c++/12/bits/ostream.tcc \
 /usr/include/c++/12/bits/shared_ptr.h \
 /usr/include/c++/12/bits/shared_ptr_base.h \
 /usr/include/c++/12/bits/allocated_ptr.h \
 /usr/include/c++/12/ext/aligned_buffer.h \
 /usr/include/c++/12/ext/concurrence.h \
 /usr/include/c++/12/bits/shared_ptr_atomic.h \
 /usr/include/c++/12/bits/atomic_base.h \
 /usr/include/c++/12/bits/atomic_lockfree_defines.h \
 /usr/include/c++/12/bits/atomic_wait.h /usr/include/c++/12/climits \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/limits.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/syslimits.h \
 /usr/include/limits.h /usr/include/x86_64-linux-gnu/bits/posix1_lim.h \
 /usr/include/x86_64-linux-gnu/bits/local_lim.h \
 /usr/include/linux/limits.h \
 /usr/include/x86_64-linux-gnu/bits/posix2_lim.h \
 /usr/include/x86_64-linux-gnu/bits/xopen_lim.h \
 /usr/include/x86_64-linux-gnu/bits/uio_lim.h /usr/include/unistd.h \
 /usr/include/x86_64-linux-gnu/bits/posix_opt.h \
 /usr/include/x86_64-linux-gnu/bits/environments.h \
 /usr/include/x86_64-linux-gnu/bits/confname.h \
 /usr/include/x86_64-linux-gnu/bits/getopt_posix.h \
 /usr/include/x86_64-linux-gnu/bits/getopt_core.h \
 /usr/include/x86_64-linux-gnu/bits/unistd_ext.h \
 /usr/include/linux/close_range.h /usr/include/syscall.h \
 /usr/include/x86_64-linux-gnu/sys/syscall.h \
 /usr/include/x86_64-linux-gnu/asm/unistd.h \
 /usr/include/x86_64-linux-gnu/asm/unistd_64.h \
 /usr/include/x86_64-linux-gnu/bits/syscall.h \
 /usr/include/c++/12/bits/std_mutex.h \
 /usr/include/c++/12/backward/auto_ptr.h \
 /usr/include/c++/12/bits/ranges_uninitialized.h \
 /usr/include/c++/12/bits/ranges_algobase.h \
 /usr/include/c++/12/bits/uses_allocator_args.h \
 /usr/include/c++/12/pstl/glue_memory_defs.h \
 /usr/include/c++/12/pstl/execution_defs.h /usr/include/c++/12/optional \
 /usr/include/c++/12/bits/enable_special_members.h \
 /usr/include/c++/12/span /usr/include/c++/12/array \
 /usr/include/c++/12/vector /usr/include/c++/12/bits/stl_vector.h \
 /usr/include/c++/12/bits/stl_bvector.h \
 /usr/include/c++/12/bits/vector.tcc /work/main/graph/error.hpp \
 /work/main/graph/schema.hpp /work/main/graph/types.hpp \
 /usr/include/c++/12/algorithm /usr/include/c++/12/bits/stl_algo.h \
 /usr/include/c++/12/bits/algorithmfwd.h \
 /usr/include/c++/12/bits/stl_heap.h \
 /usr/include/c++/12/bits/uniform_int_dist.h \
 /usr/include/c++/12/bits/ranges_algo.h \
 /usr/include/c++/12/bits/ranges_util.h \
 /usr/include/c++/12/pstl/glue_algorithm_defs.h \
 /usr/include/c++/12/cassert /usr/include/assert.h \
 /usr/include/c++/12/cmath /usr/include/math.h \
 /usr/include/x86_64-linux-gnu/bits/math-vector.h \
 /usr/include/x86_64-linux-gnu/bits/libm-simd-decl-stubs.h \
 /usr/include/x86_64-linux-gnu/bits/flt-eval-method.h \
 /usr/include/x86_64-linux-gnu/bits/fp-logb.h \
 /usr/include/x86_64-linux-gnu/bits/fp-fast.h \
 /usr/include/x86_64-linux-gnu/bits/mathcalls-helper-functions.h \
 /usr/include/x86_64-linux-gnu/bits/mathcalls.h \
 /usr/include/x86_64-linux-gnu/bits/mathcalls-narrow.h \
 /usr/include/x86_64-linux-gnu/bits/iscanonical.h \
 /usr/include/c++/12/bits/specfun.h /usr/include/c++/12/limits \
 /usr/include/c++/12/tr1/gamma.tcc \
 /usr/include/c++/12/tr1/special_function_util.h \
 /usr/include/c++/12/tr1/bessel_function.tcc \
 /usr/include/c++/12/tr1/beta_function.tcc \
 /usr/include/c++/12/tr1/ell_integral.tcc \
 /usr/include/c++/12/tr1/exp_integral.tcc \
 /usr/include/c++/12/tr1/hypergeometric.tcc \
 /usr/include/c++/12/tr1/legendre_function.tcc \
 /usr/include/c++/12/tr1/modified_bessel_func.tcc \
 /usr/include/c++/12/tr1/poly_hermite.tcc \
 /usr/include/c++/12/tr1/poly_laguerre.tcc \
 /usr/include/c++/12/tr1/riemann_zeta.tcc \
 /work/main/graph/detail/graph_storage.hpp \
 /usr/include/c++/12/unordered_map /usr/include/c++/12/bits/hashtable.h \
 /usr/include/c++/12/bits/hashtable_policy.h \
 /usr/include/c++/12/bits/node_handle.h \
 /usr/include/c++/12/bits/unordered_map.h \
 /usr/include/c++/12/bits/erase_if.h \
 /usr/include/boost/graph/adjacency_list.hpp \
 /usr/include/boost/config.hpp /usr/include/boost/config/user.hpp \
 /usr/include/boost/config/detail/select_compiler_config.hpp \
 /usr/include/boost/config/compiler/gcc.hpp \
 /usr/include/boost/config/detail/select_stdlib_config.hpp \
 /usr/include/c++/12/version \
 /usr/include/boost/config/stdlib/libstdcpp3.hpp \
 /usr/include/boost/config/detail/select_platform_config.hpp \
 /usr/include/boost/config/platform/linux.hpp \
 /usr/include/boost/config/detail/posix_features.hpp \
 /usr/include/boost/config/detail/suffix.hpp \
 /usr/include/boost/config/helper_macros.hpp /usr/include/c++/12/list \
 /usr/include/c++/12/bits/stl_list.h /usr/include/c++/12/bits/list.tcc \
 /usr/include/c++/12/set /usr/include/c++/12/bits/stl_tree.h \
 /usr/include/c++/12/bits/stl_set.h \
 /usr/include/c++/12/bits/stl_multiset.h \
 /usr/include/boost/unordered_set.hpp \
 /usr/include/boost/unordered/unordered_set.hpp \
 /usr/include/boost/core/explicit_operator_bool.hpp \
 /usr/include/boost/config/workaround.hpp \
 /usr/include/boost/functional/hash.hpp \
 /usr/include/boost/container_hash/hash.hpp \
 /usr/include/boost/container_hash/hash_fwd.hpp \
 /usr/include/c++/12/functional /usr/include/c++/12/bits/std_function.h \
 /usr/include/c++/12/bits/move_only_function.h \
 /usr/include/c++/12/bits/mofunc_impl.h /usr/include/c++/12/iterator \
 /usr/include/c++/12/bits/stream_iterator.h \
 /usr/include/boost/container_hash/detail/hash_float.hpp \
 /usr/include/boost/container_hash/detail/float_functions.hpp \
 /usr/include/boost/config/no_tr1/cmath.hpp \
 /usr/include/boost/container_hash/detail/limits.hpp \
 /usr/include/boost/limits.hpp /usr/include/boost/core/enable_if.hpp \
 /usr/include/boost/integer/static_log2.hpp \
 /usr/include/boost/integer_fwd.hpp /usr/include/boost/cstdint.hpp \
 /usr/include/boost/assert.hpp /usr/include/c++/12/cstring \
 /usr/include/string.h /usr/include/strings.h \
 /usr/include/boost/type_traits/is_enum.hpp \
 /usr/include/boost/type_traits/intrinsics.hpp \
 /usr/include/boost/type_traits/detail/config.hpp \
 /usr/include/boost/version.hpp \
 /usr/include/boost/type_traits/integral_constant.hpp \
 /usr/include/boost/detail/workaround.hpp \
 /usr/include/boost/type_traits/is_integral.hpp \
 /usr/include/c++/12/typeindex /usr/include/c++/12/variant \
 /usr/include/c++/12/bits/parse_numbers.h \
 /usr/include/boost/container_hash/extensions.hpp \
 /usr/include/boost/detail/container_fwd.hpp /usr/include/c++/12/deque \
 /usr/include/c++/12/bits/stl_deque.h /usr/include/c++/12/bits/deque.tcc \
 /usr/include/c++/12/map /usr/include/c++/12/bits/stl_map.h \
 /usr/include/c++/12/bits/stl_multimap.h /usr/include/c++/12/bitset \
 /usr/include/c++/12/complex /usr/include/c++/12/sstream \
 /usr/include/c++/12/istream /usr/include/c++/12/bits/istream.tcc \
 /usr/include/c++/12/bits/sstream.tcc \
 /usr/include/boost/static_assert.hpp /usr/include/boost/move/move.hpp \
 /usr/include/boost/move/detail/config_begin.hpp \
 /usr/include/boost/move/utility.hpp \
 /usr/include/boost/move/detail/workaround.hpp \
 /usr/include/boost/move/utility_core.hpp \
 /usr/include/boost/move/core.hpp \
 /usr/include/boost/move/detail/config_end.hpp \
 /usr/include/boost/move/detail/meta_utils.hpp \
 /usr/include/boost/move/detail/meta_utils_core.hpp \
 /usr/include/boost/move/traits.hpp \
 /usr/include/boost/move/detail/type_traits.hpp \
 /usr/include/boost/move/iterator.hpp \
 /usr/include/boost/move/detail/iterator_traits.hpp \
 /usr/include/boost/move/detail/std_ns_begin.hpp \
 /usr/include/boost/move/detail/std_ns_end.hpp \
 /usr/include/boost/move/algorithm.hpp \
 /usr/include/boost/move/algo/move.hpp \
 /usr/include/boost/move/detail/iterator_to_raw_pointer.hpp \
 /usr/include/boost/move/detail/to_raw_pointer.hpp \
 /usr/include/boost/move/detail/pointer_element.hpp \
 /usr/include/boost/core/no_exceptions_support.hpp \
 /usr/include/boost/unordered/detail/set.hpp \
 /usr/include/boost/unordered/detail/implementation.hpp \
 /usr/include/boost/core/pointer_traits.hpp \
 /usr/include/boost/detail/select_type.hpp \
 /usr/include/boost/preprocessor/arithmetic/inc.hpp \
 /usr/include/boost/preprocessor/config/config.hpp \
 /usr/include/boost/preprocessor/cat.hpp \
 /usr/include/boost/preprocessor/repetition/enum.hpp \
 /usr/include/boost/preprocessor/debug/error.hpp \
 /usr/include/boost/preprocessor/detail/auto_rec.hpp \
 /usr/include/boost/preprocessor/control/iif.hpp \
 /usr/include/boost/preprocessor/punctuation/comma_if.hpp \
 /usr/include/boost/preprocessor/control/if.hpp \
 /usr/include/boost/preprocessor/logical/bool.hpp \
 /usr/include/boost/preprocessor/facilities/empty.hpp \
 /usr/include/boost/preprocessor/punctuation/comma.hpp \
 /usr/include/boost/preprocessor/repetition/repeat.hpp \
 /usr/include/boost/preprocessor/tuple/eat.hpp \
 /usr/include/boost/preprocessor/tuple/elem.hpp \
 /usr/include/boost/preprocessor/facilities/expand.hpp \
 /usr/include/boost/preprocessor/facilities/overload.hpp \
 /usr/include/boost/preprocessor/variadic/size.hpp \
 /usr/include/boost/preprocessor/tuple/rem.hpp \
 /usr/include/boost/preprocessor/tuple/detail/is_single_return.hpp \
 /usr/include/boost/preprocessor/variadic/elem.hpp \
 /usr/include/boost/preprocessor/repetition/enum_binary_params.hpp \
 /usr/include/boost/preprocessor/repetition/enum_params.hpp \
 /usr/include/boost/preprocessor/repetition/repeat_from_to.hpp \
 /usr/include/boost/preprocessor/arithmetic/add.hpp \
 /usr/include/boost/preprocessor/arithmetic/dec.hpp \
 /usr/include/boost/preprocessor/control/while.hpp \
 /usr/include/boost/preprocessor/list/fold_left.hpp \
 /usr/include/boost/preprocessor/list/detail/fold_left.hpp \
 /usr/include/boost/preprocessor/control/expr_iif.hpp \
 /usr/include/boost/preprocessor/list/adt.hpp \
 /usr/include/boost/preprocessor/detail/is_binary.hpp \
 /usr/include/boost/preprocessor/detail/check.hpp \
 /usr/include/boost/preprocessor/logical/compl.hpp \
 /usr/include/boost/preprocessor/list/fold_right.hpp \
 /usr/include/boost/preprocessor/list/detail/fold_right.hpp \
 /usr/include/boost/preprocessor/list/reverse.hpp \
 /usr/include/boost/preprocessor/logical/bitand.hpp \
 /usr/include/boost/preprocessor/control/detail/while.hpp \
 /usr/include/boost/preprocessor/arithmetic/sub.hpp \
 /usr/include/boost/preprocessor/seq/enum.hpp \
 /usr/include/boost/preprocessor/seq/size.hpp /usr/include/boost/swap.hpp \
 /usr/include/boost/core/swap.hpp /usr/include/c++/12/utility \
 /usr/include/c++/12/bits/stl_relops.h \
 /usr/include/boost/throw_exception.hpp \
 /usr/include/boost/assert/source_location.hpp \
 /usr/include/boost/current_function.hpp \
 /usr/include/boost/exception/exception.hpp \
 /usr/include/boost/tuple/tuple.hpp /usr/include/boost/ref.hpp \
 /usr/include/boost/core/ref.hpp /usr/include/boost/core/addressof.hpp \
 /usr/include/boost/tuple/detail/tuple_basic.hpp \
 /usr/include/boost/type_traits/cv_traits.hpp \
 /usr/include/boost/type_traits/add_const.hpp \
 /usr/include/boost/type_traits/add_volatile.hpp \
 /usr/include/boost/type_traits/add_cv.hpp \
 /usr/include/boost/type_traits/is_const.hpp \
 /usr/include/boost/type_traits/is_volatile.hpp \
 /usr/include/boost/type_traits/remove_const.hpp \
 /usr/include/boost/type_traits/remove_volatile.hpp \
 /usr/include/boost/type_traits/remove_cv.hpp \
 /usr/include/boost/type_traits/function_traits.hpp \
 /usr/include/boost/type_traits/is_function.hpp \
 /usr/include/boost/type_traits/detail/is_function_cxx_11.hpp \
 /usr/include/boost/type_traits/add_pointer.hpp \
 /usr/include/boost/type_traits/remove_reference.hpp \
 /usr/include/boost/utility/swap.hpp \
 /usr/include/boost/type_traits/add_lvalue_reference.hpp \
 /usr/include/boost/type_traits/add_reference.hpp \
 /usr/include/boost/type_traits/aligned_storage.hpp \
 /usr/include/boost/type_traits/alignment_of.hpp \
 /usr/include/boost/type_traits/type_with_alignment.hpp \
 /usr/include/boost/type_traits/is_pod.hpp \
 /usr/include/boost/type_traits/is_void.hpp \
 /usr/include/boost/type_traits/is_scalar.hpp \
 /usr/include/boost/type_traits/is_arithmetic.hpp \
 /usr/include/boost/type_traits/is_floating_point.hpp \
 /usr/include/boost/type_traits/is_pointer.hpp \
 /usr/include/boost/type_traits/is_member_pointer.hpp \
 /usr/include/boost/type_traits/is_member_function_pointer.hpp \
 /usr/include/boost/type_traits/detail/is_member_function_pointer_cxx_11.hpp \
 /usr/include/boost/type_traits/conditional.hpp \
 /usr/include/boost/type_traits/is_base_of.hpp \
 /usr/include/boost/type_traits/is_base_and_derived.hpp \
 /usr/include/boost/type_traits/is_same.hpp \
 /usr/include/boost/type_traits/is_class.hpp \
 /usr/include/boost/type_traits/is_empty.hpp \
 /usr/include/boost/type_traits/is_convertible.hpp \
 /usr/include/boost/type_traits/is_complete.hpp \
 /usr/include/boost/type_traits/declval.hpp \
 /usr/include/boost/type_traits/add_rvalue_reference.hpp \
 /usr/include/boost/type_traits/is_reference.hpp \
 /usr/include/boost/type_traits/is_lvalue_reference.hpp \
 /usr/include/boost/type_traits/is_rvalue_reference.hpp \
 /usr/include/boost/type_traits/detail/yes_no_type.hpp \
 /usr/include/boost/type_traits/is_array.hpp \
 /usr/include/boost/type_traits/is_abstract.hpp \
 /usr/include/boost/type_traits/is_nothrow_move_assignable.hpp \
 /usr/include/boost/type_traits/has_trivial_move_assign.hpp \
 /usr/include/boost/type_traits/is_assignable.hpp \
 /usr/include/boost/type_traits/has_nothrow_assign.hpp \
 /usr/include/boost/type_traits/enable_if.hpp \
 /usr/include/boost/type_traits/is_nothrow_move_constructible.hpp \
 /usr/include/boost/type_traits/is_nothrow_swappable.hpp \
 /usr/include/boost/unordered/detail/fwd.hpp /usr/include/boost/predef.h \
 /usr/include/boost/predef/language.h \
 /usr/include/boost/predef/language/stdc.h \
 /usr/include/boost/predef/version_number.h \
 /usr/include/boost/predef/make.h /usr/include/boost/predef/detail/test.h \
 /usr/include/boost/predef/language/stdcpp.h \
 /usr/include/boost/predef/language/objc.h \
 /usr/include/boost/predef/language/cuda.h \
 /usr/include/boost/predef/architecture.h \
 /usr/include/boost/predef/architecture/alpha.h \
 /usr/include/boost/predef/architecture/arm.h \
 /usr/include/boost/predef/architecture/blackfin.h \
 /usr/include/boost/predef/architecture/convex.h \
 /usr/include/boost/predef/architecture/ia64.h \
 /usr/include/boost/predef/architecture/m68k.h \
 /usr/include/boost/predef/architecture/mips.h \
 /usr/include/boost/predef/architecture/parisc.h \
 /usr/include/boost/predef/architecture/ppc.h \
 /usr/include/boost/predef/architecture/ptx.h \
 /usr/include/boost/predef/architecture/pyramid.h \
 /usr/include/boost/predef/architecture/riscv.h \
 /usr/include/boost/predef/architecture/rs6k.h \
 /usr/include/boost/predef/architecture/sparc.h \
 /usr/include/boost/predef/architecture/superh.h \
 /usr/include/boost/predef/architecture/sys370.h \
 /usr/include/boost/predef/architecture/sys390.h \
 /usr/include/boost/predef/architecture/x86.h \
 /usr/include/boost/predef/architecture/x86/32.h \
 /usr/include/boost/predef/architecture/x86/64.h \
 /usr/include/boost/predef/architecture/z.h \
 /usr/include/boost/predef/compiler.h \
 /usr/include/boost/predef/compiler/borland.h \
 /usr/include/boost/predef/compiler/clang.h \
 /usr/include/boost/predef/compiler/comeau.h \
 /usr/include/boost/predef/compiler/compaq.h \
 /usr/include/boost/predef/compiler/diab.h \
 /usr/include/boost/predef/compiler/digitalmars.h \
 /usr/include/boost/predef/compiler/dignus.h \
 /usr/include/boost/predef/compiler/edg.h \
 /usr/include/boost/predef/compiler/ekopath.h \
 /usr/include/boost/predef/compiler/gcc_xml.h \
 /usr/include/boost/predef/compiler/gcc.h \
 /usr/include/boost/predef/detail/comp_detected.h \
 /usr/include/boost/predef/compiler/greenhills.h \
 /usr/include/boost/predef/compiler/hp_acc.h \
 /usr/include/boost/predef/compiler/iar.h \
 /usr/include/boost/predef/compiler/ibm.h \
 /usr/include/boost/predef/compiler/intel.h \
 /usr/include/boost/predef/compiler/kai.h \
 /usr/include/boost/predef/compiler/llvm.h \
 /usr/include/boost/predef/compiler/metaware.h \
 /usr/include/boost/predef/compiler/metrowerks.h \
 /usr/include/boost/predef/compiler/microtec.h \
 /usr/include/boost/predef/compiler/mpw.h \
 /usr/include/boost/predef/compiler/nvcc.h \
 /usr/include/boost/predef/compiler/palm.h \
 /usr/include/boost/predef/compiler/pgi.h \
 /usr/include/boost/predef/compiler/sgi_mipspro.h \
 /usr/include/boost/predef/compiler/sunpro.h \
 /usr/include/boost/predef/compiler/tendra.h \
 /usr/include/boost/predef/compiler/visualc.h \
 /usr/include/boost/predef/compiler/watcom.h \
 /usr/include/boost/predef/library.h \
 /usr/include/boost/predef/library/c.h \
 /usr/include/boost/predef/library/c/_prefix.h \
 /usr/include/boost/predef/detail/_cassert.h \
 /usr/include/boost/predef/library/c/cloudabi.h \
 /usr/include/boost/predef/library/c/gnu.h \
 /usr/include/boost/predef/library/c/uc.h \
 /usr/include/boost/predef/library/c/vms.h \
 /usr/include/boost/predef/library/c/zos.h \
 /usr/include/boost/predef/library/std.h \
 /usr/include/boost/predef/library/std/_prefix.h \
 /usr/include/boost/predef/detail/_exception.h \
 /usr/include/boost/predef/library/std/cxx.h \
 /usr/include/boost/predef/library/std/dinkumware.h \
 /usr/include/boost/predef/library/std/libcomo.h \
 /usr/include/boost/predef/library/std/modena.h \
 /usr/include/boost/predef/library/std/msl.h \
 /usr/include/boost/predef/library/std/roguewave.h \
 /usr/include/boost/predef/library/std/sgi.h \
 /usr/include/boost/predef/library/std/stdcpp3.h \
 /usr/include/boost/predef/library/std/stlport.h \
 /usr/include/boost/predef/library/std/vacpp.h \
 /usr/include/boost/predef/os.h /usr/include/boost/predef/os/aix.h \
 /usr/include/boost/predef/os/amigaos.h \
 /usr/include/boost/predef/os/beos.h /usr/include/boost/predef/os/bsd.h \
 /usr/include/boost/predef/os/macos.h /usr/include/boost/predef/os/ios.h \
 /usr/include/boost/predef/os/bsd/bsdi.h \
 /usr/include/boost/predef/os/bsd/dragonfly.h \
 /usr/include/boost/predef/os/bsd/free.h \
 /usr/include/boost/predef/os/bsd/open.h \
 /usr/include/boost/predef/os/bsd/net.h \
 /usr/include/boost/predef/os/cygwin.h \
 /usr/include/boost/predef/os/haiku.h /usr/include/boost/predef/os/hpux.h \
 /usr/include/boost/predef/os/irix.h /usr/include/boost/predef/os/linux.h \
 /usr/include/boost/predef/detail/os_detected.h \
 /usr/include/boost/predef/os/os400.h \
 /usr/include/boost/predef/os/qnxnto.h \
 /usr/include/boost/predef/os/solaris.h \
 /usr/include/boost/predef/os/unix.h /usr/include/boost/predef/os/vms.h \
 /usr/include/boost/predef/os/windows.h /usr/include/boost/predef/other.h \
 /usr/include/boost/predef/other/endian.h \
 /usr/include/boost/predef/platform/android.h \
 /usr/include/boost/predef/platform.h \
 /usr/include/boost/predef/platform/cloudabi.h \
 /usr/include/boost/predef/platform/mingw.h \
 /usr/include/boost/predef/platform/mingw32.h \
 /usr/include/boost/predef/platform/mingw64.h \
 /usr/include/boost/predef/platform/windows_uwp.h \
 /usr/include/boost/predef/platform/windows_desktop.h \
 /usr/include/boost/predef/platform/windows_phone.h \
 /usr/include/boost/predef/platform/windows_server.h \
 /usr/include/boost/predef/platform/windows_store.h \
 /usr/include/boost/predef/platform/windows_system.h \
 /usr/include/boost/predef/platform/windows_runtime.h \
 /usr/include/boost/predef/platform/ios.h \
 /usr/include/boost/predef/hardware.h \
 /usr/include/boost/predef/hardware/simd.h \
 /usr/include/boost/predef/hardware/simd/x86.h \
 /usr/include/boost/predef/hardware/simd/x86/versions.h \
 /usr/include/boost/predef/hardware/simd/x86_amd.h \
 /usr/include/boost/predef/hardware/simd/x86_amd/versions.h \
 /usr/include/boost/predef/hardware/simd/arm.h \
 /usr/include/boost/predef/hardware/simd/arm/versions.h \
 /usr/include/boost/predef/hardware/simd/ppc.h \
 /usr/include/boost/predef/hardware/simd/ppc/versions.h \
 /usr/include/boost/predef/version.h \
 /usr/include/boost/utility/addressof.hpp \
 /usr/include/boost/utility/enable_if.hpp \
 /usr/include/boost/unordered/unordered_set_fwd.hpp \
 /usr/include/boost/functional/hash_fwd.hpp \
 /usr/include/boost/scoped_ptr.hpp \
 /usr/include/boost/smart_ptr/scoped_ptr.hpp \
 /usr/include/boost/checked_delete.hpp \
 /usr/include/boost/core/checked_delete.hpp \
 /usr/include/boost/smart_ptr/detail/sp_nullptr_t.hpp \
 /usr/include/boost/smart_ptr/detail/sp_disable_deprecated.hpp \
 /usr/include/boost/smart_ptr/detail/sp_noexcept.hpp \
 /usr/include/boost/smart_ptr/detail/operator_bool.hpp \
 /usr/include/boost/graph/graph_traits.hpp /usr/include/boost/mpl/if.hpp \
 /usr/include/boost/mpl/aux_/value_wknd.hpp \
 /usr/include/boost/mpl/aux_/static_cast.hpp \
 /usr/include/boost/mpl/aux_/config/workaround.hpp \
 /usr/include/boost/mpl/aux_/config/integral.hpp \
 /usr/include/boost/mpl/aux_/config/msvc.hpp \
 /usr/include/boost/mpl/aux_/config/eti.hpp \
 /usr/include/boost/mpl/aux_/na_spec.hpp \
 /usr/include/boost/mpl/lambda_fwd.hpp \
 /usr/include/boost/mpl/void_fwd.hpp \
 /usr/include/boost/mpl/aux_/adl_barrier.hpp \
 /usr/include/boost/mpl/aux_/config/adl.hpp \
 /usr/include/boost/mpl/aux_/config/intel.hpp \
 /usr/include/boost/mpl/aux_/config/gcc.hpp \
 /usr/include/boost/mpl/aux_/na.hpp /usr/include/boost/mpl/bool.hpp \
 /usr/include/boost/mpl/bool_fwd.hpp \
 /usr/include/boost/mpl/integral_c_tag.hpp \
 /usr/include/boost/mpl/aux_/config/static_constant.hpp \
 /usr/include/boost/mpl/aux_/na_fwd.hpp \
 /usr/include/boost/mpl/aux_/config/ctps.hpp \
 /usr/include/boost/mpl/aux_/config/lambda.hpp \
 /usr/include/boost/mpl/aux_/config/ttp.hpp \
 /usr/include/boost/mpl/int.hpp /usr/include/boost/mpl/int_fwd.hpp \
 /usr/include/boost/mpl/aux_/nttp_decl.hpp \
 /usr/include/boost/mpl/aux_/config/nttp.hpp \
 /usr/include/boost/mpl/aux_/integral_wrapper.hpp \
 /usr/include/boost/mpl/aux_/lambda_arity_param.hpp \
 /usr/include/boost/mpl/aux_/template_arity_fwd.hpp \
 /usr/include/boost/mpl/aux_/arity.hpp \
 /usr/include/boost/mpl/aux_/config/dtp.hpp \
 /usr/include/boost/mpl/aux_/preprocessor/params.hpp \
 /usr/include/boost/mpl/aux_/config/preprocessor.hpp \
 /usr/include/boost/preprocessor/comma_if.hpp \
 /usr/include/boost/preprocessor/repeat.hpp \
 /usr/include/boost/preprocessor/inc.hpp \
 /usr/include/boost/mpl/aux_/preprocessor/enum.hpp \
 /usr/include/boost/mpl/aux_/preprocessor/def_params_tail.hpp \
 /usr/include/boost/mpl/limits/arity.hpp \
 /usr/include/boost/preprocessor/logical/and.hpp \
 /usr/include/boost/preprocessor/identity.hpp \
 /usr/include/boost/preprocessor/facilities/identity.hpp \
 /usr/include/boost/preprocessor/empty.hpp \
 /usr/include/boost/mpl/aux_/config/overload_resolution.hpp \
 /usr/include/boost/mpl/aux_/lambda_support.hpp \
 /usr/include/boost/mpl/eval_if.hpp /usr/include/boost/mpl/not.hpp \
 /usr/include/boost/mpl/aux_/nested_type_wknd.hpp \
 /usr/include/boost/mpl/has_xxx.hpp \
 /usr/include/boost/mpl/aux_/type_wrapper.hpp \
 /usr/include/boost/mpl/aux_/yes_no.hpp \
 /usr/include/boost/mpl/aux_/config/arrays.hpp \
 /usr/include/boost/mpl/aux_/config/has_xxx.hpp \
 /usr/include/boost/mpl/aux_/config/msvc_typename.hpp \
 /usr/include/boost/preprocessor/array/elem.hpp \
 /usr/include/boost/preprocessor/array/data.hpp \
 /usr/include/boost/preprocessor/array/size.hpp \
 /usr/include/boost/preprocessor/repetition/enum_trailing_params.hpp \
 /usr/include/boost/mpl/void.hpp /usr/include/boost/mpl/identity.hpp \
 /usr/include/boost/iterator/iterator_categories.hpp \
 /usr/include/boost/iterator/detail/config_def.hpp \
 /usr/include/boost/mpl/placeholders.hpp /usr/include/boost/mpl/arg.hpp \
 /usr/include/boost/mpl/arg_fwd.hpp \
 /usr/include/boost/mpl/aux_/na_assert.hpp \
 /usr/include/boost/mpl/assert.hpp \
 /usr/include/boost/mpl/aux_/config/gpu.hpp \
 /usr/include/boost/mpl/aux_/config/pp_counter.hpp \
 /usr/include/boost/mpl/aux_/arity_spec.hpp \
 /usr/include/boost/mpl/aux_/arg_typedef.hpp \
 /usr/include/boost/mpl/aux_/config/use_preprocessed.hpp \
 /usr/include/boost/mpl/aux_/include_preprocessed.hpp \
 /usr/include/boost/mpl/aux_/config/compiler.hpp \
 /usr/include/boost/preprocessor/stringize.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/arg.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/placeholders.hpp \
 /usr/include/boost/iterator/detail/config_undef.hpp \
 /usr/include/boost/iterator/iterator_adaptor.hpp \
 /usr/include/boost/core/use_default.hpp \
 /usr/include/boost/iterator/iterator_facade.hpp \
 /usr/include/boost/iterator/interoperable.hpp \
 /usr/include/boost/mpl/or.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/or.hpp \
 /usr/include/boost/iterator/iterator_traits.hpp \
 /usr/include/boost/iterator/detail/facade_iterator_category.hpp \
 /usr/include/boost/mpl/and.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/and.hpp \
 /usr/include/boost/detail/indirect_traits.hpp \
 /usr/include/boost/type_traits/remove_pointer.hpp \
 /usr/include/boost/iterator/detail/enable_if.hpp \
 /usr/include/boost/mpl/always.hpp \
 /usr/include/boost/mpl/aux_/preprocessor/default_params.hpp \
 /usr/include/boost/mpl/apply.hpp /usr/include/boost/mpl/apply_fwd.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/apply_fwd.hpp \
 /usr/include/boost/mpl/apply_wrap.hpp \
 /usr/include/boost/mpl/aux_/has_apply.hpp \
 /usr/include/boost/mpl/aux_/config/has_apply.hpp \
 /usr/include/boost/mpl/aux_/msvc_never_true.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/apply_wrap.hpp \
 /usr/include/boost/mpl/lambda.hpp /usr/include/boost/mpl/bind.hpp \
 /usr/include/boost/mpl/bind_fwd.hpp \
 /usr/include/boost/mpl/aux_/config/bind.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/bind_fwd.hpp \
 /usr/include/boost/mpl/next.hpp /usr/include/boost/mpl/next_prior.hpp \
 /usr/include/boost/mpl/aux_/common_name_wknd.hpp \
 /usr/include/boost/mpl/protect.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/bind.hpp \
 /usr/include/boost/mpl/aux_/full_lambda.hpp \
 /usr/include/boost/mpl/quote.hpp \
 /usr/include/boost/mpl/aux_/has_type.hpp \
 /usr/include/boost/mpl/aux_/config/bcc.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/quote.hpp \
 /usr/include/boost/mpl/aux_/template_arity.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/template_arity.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/full_lambda.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/apply.hpp \
 /usr/include/boost/pending/property.hpp \
 /usr/include/boost/type_traits.hpp \
 /usr/include/boost/type_traits/common_type.hpp \
 /usr/include/boost/type_traits/decay.hpp \
 /usr/include/boost/type_traits/remove_bounds.hpp \
 /usr/include/boost/type_traits/remove_extent.hpp \
 /usr/include/boost/type_traits/detail/mp_defer.hpp \
 /usr/include/boost/type_traits/conjunction.hpp \
 /usr/include/boost/type_traits/copy_cv.hpp \
 /usr/include/boost/type_traits/copy_cv_ref.hpp \
 /usr/include/boost/type_traits/copy_reference.hpp \
 /usr/include/boost/type_traits/disjunction.hpp \
 /usr/include/boost/type_traits/extent.hpp \
 /usr/include/boost/type_traits/floating_point_promotion.hpp \
 /usr/include/boost/type_traits/has_bit_and.hpp \
 /usr/include/boost/type_traits/detail/has_binary_operator.hpp \
 /usr/include/boost/type_traits/make_void.hpp \
 /usr/include/boost/type_traits/has_bit_and_assign.hpp \
 /usr/include/boost/type_traits/has_bit_or.hpp \
 /usr/include/boost/type_traits/has_bit_or_assign.hpp \
 /usr/include/boost/type_traits/has_bit_xor.hpp \
 /usr/include/boost/type_traits/has_bit_xor_assign.hpp \
 /usr/include/boost/type_traits/has_complement.hpp \
 /usr/include/boost/type_traits/detail/has_prefix_operator.hpp \
 /usr/include/boost/type_traits/has_dereference.hpp \
 /usr/include/boost/type_traits/has_divides.hpp \
 /usr/include/boost/type_traits/has_divides_assign.hpp \
 /usr/include/boost/type_traits/has_equal_to.hpp \
 /usr/include/boost/type_traits/has_greater.hpp \
 /usr/include/boost/type_traits/has_greater_equal.hpp \
 /usr/include/boost/type_traits/has_left_shift.hpp \
 /usr/include/boost/type_traits/has_left_shift_assign.hpp \
 /usr/include/boost/type_traits/has_less.hpp \
 /usr/include/boost/type_traits/has_less_equal.hpp \
 /usr/include/boost/type_traits/has_logical_and.hpp \
 /usr/include/boost/type_traits/has_logical_not.hpp \
 /usr/include/boost/type_traits/has_logical_or.hpp \
 /usr/include/boost/type_traits/has_minus.hpp \
 /usr/include/boost/type_traits/has_minus_assign.hpp \
 /usr/include/boost/type_traits/has_modulus.hpp \
 /usr/include/boost/type_traits/has_modulus_assign.hpp \
 /usr/include/boost/type_traits/has_multiplies.hpp \
 /usr/include/boost/type_traits/has_multiplies_assign.hpp \
 /usr/include/boost/type_traits/has_negate.hpp \
 /usr/include/boost/type_traits/has_new_operator.hpp \
 /usr/include/boost/type_traits/has_not_equal_to.hpp \
 /usr/include/boost/type_traits/has_nothrow_constructor.hpp \
 /usr/include/boost/type_traits/is_default_constructible.hpp \
 /usr/include/boost/type_traits/has_nothrow_copy.hpp \
 /usr/include/boost/type_traits/is_copy_constructible.hpp \
 /usr/include/boost/type_traits/is_constructible.hpp \
 /usr/include/boost/type_traits/is_destructible.hpp \
 /usr/include/boost/type_traits/has_nothrow_destructor.hpp \
 /usr/include/boost/type_traits/has_trivial_destructor.hpp \
 /usr/include/boost/type_traits/has_plus.hpp \
 /usr/include/boost/type_traits/has_plus_assign.hpp \
 /usr/include/boost/type_traits/has_post_decrement.hpp \
 /usr/include/boost/type_traits/detail/has_postfix_operator.hpp \
 /usr/include/boost/type_traits/has_post_increment.hpp \
 /usr/include/boost/type_traits/has_pre_decrement.hpp \
 /usr/include/boost/type_traits/has_pre_increment.hpp \
 /usr/include/boost/type_traits/has_right_shift.hpp \
 /usr/include/boost/type_traits/has_right_shift_assign.hpp \
 /usr/include/boost/type_traits/has_trivial_assign.hpp \
 /usr/include/boost/type_traits/has_trivial_constructor.hpp \
 /usr/include/boost/type_traits/has_trivial_copy.hpp \
 /usr/include/boost/type_traits/has_trivial_move_constructor.hpp \
 /usr/include/boost/type_traits/has_unary_minus.hpp \
 /usr/include/boost/type_traits/has_unary_plus.hpp \
 /usr/include/boost/type_traits/has_virtual_destructor.hpp \
 /usr/include/boost/type_traits/is_complex.hpp \
 /usr/include/boost/type_traits/is_compound.hpp \
 /usr/include/boost/type_traits/is_fundamental.hpp \
 /usr/include/boost/type_traits/is_copy_assignable.hpp \
 /usr/include/boost/type_traits/is_noncopyable.hpp \
 /usr/include/boost/type_traits/is_final.hpp \
 /usr/include/boost/type_traits/is_float.hpp \
 /usr/include/boost/type_traits/is_list_constructible.hpp \
 /usr/include/boost/type_traits/is_member_object_pointer.hpp \
 /usr/include/boost/type_traits/is_object.hpp \
 /usr/include/boost/type_traits/is_polymorphic.hpp \
 /usr/include/boost/type_traits/is_scoped_enum.hpp \
 /usr/include/boost/type_traits/negation.hpp \
 /usr/include/boost/type_traits/is_signed.hpp \
 /usr/include/boost/type_traits/is_stateless.hpp \
 /usr/include/boost/type_traits/is_trivially_copyable.hpp \
 /usr/include/boost/type_traits/is_union.hpp \
 /usr/include/boost/type_traits/is_unscoped_enum.hpp \
 /usr/include/boost/type_traits/is_unsigned.hpp \
 /usr/include/boost/type_traits/is_virtual_base_of.hpp \
 /usr/include/boost/type_traits/make_signed.hpp \
 /usr/include/boost/type_traits/make_unsigned.hpp \
 /usr/include/boost/type_traits/rank.hpp \
 /usr/include/boost/type_traits/remove_all_extents.hpp \
 /usr/include/boost/type_traits/remove_cv_ref.hpp \
 /usr/include/boost/type_traits/type_identity.hpp \
 /usr/include/boost/type_traits/integral_promotion.hpp \
 /usr/include/boost/type_traits/promote.hpp \
 /usr/include/boost/pending/detail/property.hpp \
 /usr/include/boost/type_traits/same_traits.hpp \
 /usr/include/boost/graph/graph_mutability_traits.hpp \
 /usr/include/boost/graph/graph_selectors.hpp \
 /usr/include/boost/property_map/property_map.hpp \
 /usr/include/boost/concept/assert.hpp \
 /usr/include/boost/concept/detail/general.hpp \
 /usr/include/boost/concept/detail/backward_compatibility.hpp \
 /usr/include/boost/concept/detail/has_constraints.hpp \
 /usr/include/boost/concept_check.hpp \
 /usr/include/boost/type_traits/conversion_traits.hpp \
 /usr/include/boost/concept/usage.hpp \
 /usr/include/boost/concept/detail/concept_def.hpp \
 /usr/include/boost/preprocessor/seq/for_each_i.hpp \
 /usr/include/boost/preprocessor/repetition/for.hpp \
 /usr/include/boost/preprocessor/repetition/detail/for.hpp \
 /usr/include/boost/preprocessor/seq/seq.hpp \
 /usr/include/boost/preprocessor/seq/elem.hpp \
 /usr/include/boost/preprocessor/seq/detail/is_empty.hpp \
 /usr/include/boost/concept/detail/concept_undef.hpp \
 /usr/include/boost/concept_archetype.hpp \
 /usr/include/boost/property_map/vector_property_map.hpp \
 /usr/include/boost/smart_ptr/shared_ptr.hpp \
 /usr/include/boost/smart_ptr/detail/shared_count.hpp \
 /usr/include/boost/smart_ptr/bad_weak_ptr.hpp \
 /usr/include/boost/smart_ptr/detail/sp_counted_base.hpp \
 /usr/include/boost/smart_ptr/detail/sp_has_gcc_intrinsics.hpp \
 /usr/include/boost/smart_ptr/detail/sp_has_sync_intrinsics.hpp \
 /usr/include/boost/smart_ptr/detail/sp_counted_base_gcc_atomic.hpp \
 /usr/include/boost/smart_ptr/detail/sp_typeinfo_.hpp \
 /usr/include/boost/smart_ptr/detail/sp_counted_impl.hpp \
 /usr/include/boost/smart_ptr/detail/sp_convertible.hpp \
 /usr/include/boost/smart_ptr/detail/spinlock_pool.hpp \
 /usr/include/boost/smart_ptr/detail/spinlock.hpp \
 /usr/include/boost/smart_ptr/detail/spinlock_gcc_atomic.hpp \
 /usr/include/boost/smart_ptr/detail/yield_k.hpp \
 /usr/include/boost/smart_ptr/detail/sp_thread_pause.hpp \
 /usr/include/boost/smart_ptr/detail/sp_thread_sleep.hpp \
 /usr/include/boost/config/pragma_message.hpp \
 /usr/include/boost/smart_ptr/detail/local_sp_deleter.hpp \
 /usr/include/boost/smart_ptr/detail/local_counted_base.hpp \
 /usr/include/boost/graph/detail/edge.hpp \
 /usr/include/boost/graph/properties.hpp \
 /usr/include/boost/graph/property_maps/constant_property_map.hpp \
 /usr/include/boost/graph/property_maps/null_property_map.hpp \
 /usr/include/boost/graph/named_graph.hpp \
 /usr/include/boost/multi_index/hashed_index.hpp \
 /usr/include/boost/call_traits.hpp \
 /usr/include/boost/detail/call_traits.hpp \
 /usr/include/boost/foreach_fwd.hpp /usr/include/boost/mpl/push_front.hpp \
 /usr/include/boost/mpl/push_front_fwd.hpp \
 /usr/include/boost/mpl/aux_/push_front_impl.hpp \
 /usr/include/boost/mpl/aux_/traits_lambda_spec.hpp \
 /usr/include/boost/mpl/sequence_tag_fwd.hpp \
 /usr/include/boost/mpl/aux_/config/forwarding.hpp \
 /usr/include/boost/mpl/sequence_tag.hpp \
 /usr/include/boost/mpl/aux_/has_tag.hpp \
 /usr/include/boost/mpl/aux_/has_begin.hpp \
 /usr/include/boost/mpl/aux_/is_msvc_eti_arg.hpp \
 /usr/include/boost/multi_index/detail/access_specifier.hpp \
 /usr/include/boost/multi_index/detail/adl_swap.hpp \
 /usr/include/boost/multi_index/detail/allocator_traits.hpp \
 /usr/include/boost/multi_index/detail/auto_space.hpp \
 /usr/include/boost/noncopyable.hpp \
 /usr/include/boost/core/noncopyable.hpp \
 /usr/include/boost/multi_index/detail/bucket_array.hpp \
 /usr/include/boost/multi_index/detail/hash_index_node.hpp \
 /usr/include/boost/multi_index/detail/raw_ptr.hpp \
 /usr/include/boost/archive/archive_exception.hpp \
 /usr/include/boost/archive/detail/decl.hpp \
 /usr/include/boost/archive/detail/abi_prefix.hpp \
 /usr/include/boost/config/abi_prefix.hpp \
 /usr/include/boost/archive/detail/abi_suffix.hpp \
 /usr/include/boost/config/abi_suffix.hpp \
 /usr/include/boost/serialization/access.hpp \
 /usr/include/boost/multi_index/detail/do_not_copy_elements_tag.hpp \
 /usr/include/boost/multi_index/detail/hash_index_iterator.hpp \
 /usr/include/boost/operators.hpp \
 /usr/include/boost/serialization/nvp.hpp /usr/include/boost/core/nvp.hpp \
 /usr/include/boost/serialization/level.hpp \
 /usr/include/boost/mpl/integral_c.hpp \
 /usr/include/boost/mpl/integral_c_fwd.hpp \
 /usr/include/boost/serialization/level_enum.hpp \
 /usr/include/boost/serialization/tracking.hpp \
 /usr/include/boost/mpl/equal_to.hpp \
 /usr/include/boost/mpl/aux_/comparison_op.hpp \
 /usr/include/boost/mpl/aux_/numeric_op.hpp \
 /usr/include/boost/mpl/numeric_cast.hpp /usr/include/boost/mpl/tag.hpp \
 /usr/include/boost/mpl/aux_/numeric_cast_utils.hpp \
 /usr/include/boost/mpl/aux_/msvc_eti_base.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/equal_to.hpp \
 /usr/include/boost/mpl/greater.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/greater.hpp \
 /usr/include/boost/serialization/tracking_enum.hpp \
 /usr/include/boost/serialization/type_info_implementation.hpp \
 /usr/include/boost/serialization/traits.hpp \
 /usr/include/boost/serialization/split_free.hpp \
 /usr/include/boost/serialization/serialization.hpp \
 /usr/include/boost/serialization/strong_typedef.hpp \
 /usr/include/boost/serialization/wrapper.hpp \
 /usr/include/boost/serialization/base_object.hpp \
 /usr/include/boost/serialization/force_include.hpp \
 /usr/include/boost/serialization/void_cast_fwd.hpp \
 /usr/include/boost/serialization/split_member.hpp \
 /usr/include/boost/serialization/version.hpp \
 /usr/include/boost/mpl/less.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/less.hpp \
 /usr/include/boost/mpl/comparison.hpp \
 /usr/include/boost/mpl/not_equal_to.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/not_equal_to.hpp \
 /usr/include/boost/mpl/less_equal.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/less_equal.hpp \
 /usr/include/boost/mpl/greater_equal.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/greater_equal.hpp \
 /usr/include/boost/multi_index/detail/index_node_base.hpp \
 /usr/include/boost/multi_index/detail/ignore_wstrict_aliasing.hpp \
 /usr/include/boost/multi_index/detail/restore_wstrict_aliasing.hpp \
 /usr/include/boost/multi_index/detail/modify_key_adaptor.hpp \
 /usr/include/boost/multi_index/detail/node_handle.hpp \
 /usr/include/boost/multi_index_container_fwd.hpp \
 /usr/include/boost/multi_index/identity.hpp \
 /usr/include/boost/multi_index/identity_fwd.hpp \
 /usr/include/boost/multi_index/indexed_by.hpp \
 /usr/include/boost/mpl/vector.hpp \
 /usr/include/boost/mpl/limits/vector.hpp \
 /usr/include/boost/mpl/vector/vector20.hpp \
 /usr/include/boost/mpl/vector/vector10.hpp \
 /usr/include/boost/mpl/vector/vector0.hpp \
 /usr/include/boost/mpl/vector/aux_/at.hpp \
 /usr/include/boost/mpl/at_fwd.hpp \
 /usr/include/boost/mpl/vector/aux_/tag.hpp \
 /usr/include/boost/mpl/aux_/config/typeof.hpp \
 /usr/include/boost/mpl/long.hpp /usr/include/boost/mpl/long_fwd.hpp \
 /usr/include/boost/mpl/vector/aux_/front.hpp \
 /usr/include/boost/mpl/front_fwd.hpp \
 /usr/include/boost/mpl/vector/aux_/push_front.hpp \
 /usr/include/boost/mpl/vector/aux_/item.hpp \
 /usr/include/boost/mpl/vector/aux_/pop_front.hpp \
 /usr/include/boost/mpl/pop_front_fwd.hpp \
 /usr/include/boost/mpl/vector/aux_/push_back.hpp \
 /usr/include/boost/mpl/push_back_fwd.hpp \
 /usr/include/boost/mpl/vector/aux_/pop_back.hpp \
 /usr/include/boost/mpl/pop_back_fwd.hpp \
 /usr/include/boost/mpl/vector/aux_/back.hpp \
 /usr/include/boost/mpl/back_fwd.hpp \
 /usr/include/boost/mpl/vector/aux_/clear.hpp \
 /usr/include/boost/mpl/clear_fwd.hpp \
 /usr/include/boost/mpl/vector/aux_/vector0.hpp \
 /usr/include/boost/mpl/vector/aux_/iterator.hpp \
 /usr/include/boost/mpl/iterator_tags.hpp /usr/include/boost/mpl/plus.hpp \
 /usr/include/boost/mpl/aux_/arithmetic_op.hpp \
 /usr/include/boost/mpl/aux_/largest_int.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/plus.hpp \
 /usr/include/boost/mpl/minus.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/minus.hpp \
 /usr/include/boost/mpl/advance_fwd.hpp \
 /usr/include/boost/mpl/distance_fwd.hpp /usr/include/boost/mpl/prior.hpp \
 /usr/include/boost/mpl/vector/aux_/O1_size.hpp \
 /usr/include/boost/mpl/O1_size_fwd.hpp \
 /usr/include/boost/mpl/vector/aux_/size.hpp \
 /usr/include/boost/mpl/size_fwd.hpp \
 /usr/include/boost/mpl/vector/aux_/empty.hpp \
 /usr/include/boost/mpl/empty_fwd.hpp \
 /usr/include/boost/mpl/vector/aux_/begin_end.hpp \
 /usr/include/boost/mpl/begin_end_fwd.hpp \
 /usr/include/boost/mpl/vector/aux_/include_preprocessed.hpp \
 /usr/include/boost/mpl/vector/aux_/preprocessed/typeof_based/vector10.hpp \
 /usr/include/boost/mpl/vector/aux_/preprocessed/typeof_based/vector20.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/vector.hpp \
 /usr/include/boost/preprocessor/control/expr_if.hpp \
 /usr/include/boost/multi_index/ordered_index_fwd.hpp \
 /usr/include/boost/multi_index/detail/ord_index_args.hpp \
 /usr/include/boost/multi_index/tag.hpp \
 /usr/include/boost/multi_index/detail/no_duplicate_tags.hpp \
 /usr/include/boost/mpl/fold.hpp /usr/include/boost/mpl/begin_end.hpp \
 /usr/include/boost/mpl/aux_/begin_end_impl.hpp \
 /usr/include/boost/mpl/O1_size.hpp \
 /usr/include/boost/mpl/aux_/O1_size_impl.hpp \
 /usr/include/boost/mpl/aux_/has_size.hpp \
 /usr/include/boost/mpl/aux_/fold_impl.hpp \
 /usr/include/boost/mpl/deref.hpp \
 /usr/include/boost/mpl/aux_/msvc_type.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/fold_impl.hpp \
 /usr/include/boost/mpl/set/set0.hpp \
 /usr/include/boost/mpl/set/aux_/at_impl.hpp \
 /usr/include/boost/mpl/set/aux_/has_key_impl.hpp \
 /usr/include/boost/mpl/set/aux_/tag.hpp \
 /usr/include/boost/mpl/has_key_fwd.hpp \
 /usr/include/boost/mpl/aux_/overload_names.hpp \
 /usr/include/boost/mpl/aux_/ptr_to_ref.hpp \
 /usr/include/boost/mpl/aux_/config/operators.hpp \
 /usr/include/boost/mpl/set/aux_/clear_impl.hpp \
 /usr/include/boost/mpl/set/aux_/set0.hpp \
 /usr/include/boost/mpl/set/aux_/size_impl.hpp \
 /usr/include/boost/mpl/set/aux_/empty_impl.hpp \
 /usr/include/boost/mpl/set/aux_/insert_impl.hpp \
 /usr/include/boost/mpl/insert_fwd.hpp \
 /usr/include/boost/mpl/set/aux_/item.hpp /usr/include/boost/mpl/base.hpp \
 /usr/include/boost/mpl/set/aux_/insert_range_impl.hpp \
 /usr/include/boost/mpl/insert_range_fwd.hpp \
 /usr/include/boost/mpl/insert.hpp \
 /usr/include/boost/mpl/aux_/insert_impl.hpp \
 /usr/include/boost/mpl/reverse_fold.hpp \
 /usr/include/boost/mpl/aux_/reverse_fold_impl.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/reverse_fold_impl.hpp \
 /usr/include/boost/mpl/iterator_range.hpp \
 /usr/include/boost/mpl/clear.hpp \
 /usr/include/boost/mpl/aux_/clear_impl.hpp \
 /usr/include/boost/mpl/set/aux_/erase_impl.hpp \
 /usr/include/boost/mpl/erase_fwd.hpp \
 /usr/include/boost/mpl/set/aux_/erase_key_impl.hpp \
 /usr/include/boost/mpl/erase_key_fwd.hpp \
 /usr/include/boost/mpl/set/aux_/key_type_impl.hpp \
 /usr/include/boost/mpl/key_type_fwd.hpp \
 /usr/include/boost/mpl/set/aux_/value_type_impl.hpp \
 /usr/include/boost/mpl/value_type_fwd.hpp \
 /usr/include/boost/mpl/set/aux_/begin_end_impl.hpp \
 /usr/include/boost/mpl/set/aux_/iterator.hpp \
 /usr/include/boost/mpl/has_key.hpp \
 /usr/include/boost/mpl/aux_/has_key_impl.hpp \
 /usr/include/boost/mpl/transform.hpp \
 /usr/include/boost/mpl/pair_view.hpp \
 /usr/include/boost/mpl/iterator_category.hpp \
 /usr/include/boost/mpl/advance.hpp /usr/include/boost/mpl/negate.hpp \
 /usr/include/boost/mpl/aux_/advance_forward.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/advance_forward.hpp \
 /usr/include/boost/mpl/aux_/advance_backward.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/advance_backward.hpp \
 /usr/include/boost/mpl/distance.hpp /usr/include/boost/mpl/iter_fold.hpp \
 /usr/include/boost/mpl/aux_/iter_fold_impl.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/iter_fold_impl.hpp \
 /usr/include/boost/mpl/min_max.hpp /usr/include/boost/mpl/pair.hpp \
 /usr/include/boost/mpl/is_sequence.hpp \
 /usr/include/boost/mpl/aux_/inserter_algorithm.hpp \
 /usr/include/boost/mpl/back_inserter.hpp \
 /usr/include/boost/mpl/push_back.hpp \
 /usr/include/boost/mpl/aux_/push_back_impl.hpp \
 /usr/include/boost/mpl/inserter.hpp \
 /usr/include/boost/mpl/front_inserter.hpp \
 /usr/include/boost/preprocessor/facilities/intercept.hpp \
 /usr/include/boost/multi_index/detail/ord_index_impl_fwd.hpp \
 /usr/include/boost/multi_index/detail/define_if_constexpr_macro.hpp \
 /usr/include/boost/multi_index/detail/undef_if_constexpr_macro.hpp \
 /usr/include/boost/multi_index/detail/promotes_arg.hpp \
 /usr/include/boost/multi_index/detail/is_transparent.hpp \
 /usr/include/boost/utility/declval.hpp \
 /usr/include/boost/multi_index/detail/safe_mode.hpp \
 /usr/include/boost/multi_index/detail/scope_guard.hpp \
 /usr/include/boost/multi_index/detail/vartempl_support.hpp \
 /usr/include/boost/multi_index/hashed_index_fwd.hpp \
 /usr/include/boost/multi_index/detail/hash_index_args.hpp \
 /usr/include/boost/multi_index/member.hpp \
 /usr/include/boost/multi_index_container.hpp \
 /usr/include/boost/mpl/at.hpp /usr/include/boost/mpl/aux_/at_impl.hpp \
 /usr/include/boost/mpl/contains.hpp \
 /usr/include/boost/mpl/contains_fwd.hpp \
 /usr/include/boost/mpl/aux_/contains_impl.hpp \
 /usr/include/boost/mpl/find.hpp /usr/include/boost/mpl/find_if.hpp \
 /usr/include/boost/mpl/aux_/find_if_pred.hpp \
 /usr/include/boost/mpl/aux_/iter_apply.hpp \
 /usr/include/boost/mpl/iter_fold_if.hpp \
 /usr/include/boost/mpl/logical.hpp \
 /usr/include/boost/mpl/aux_/iter_fold_if_impl.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/iter_fold_if_impl.hpp \
 /usr/include/boost/mpl/same_as.hpp \
 /usr/include/boost/mpl/aux_/lambda_spec.hpp \
 /usr/include/boost/mpl/size.hpp \
 /usr/include/boost/mpl/aux_/size_impl.hpp \
 /usr/include/boost/multi_index/detail/base_type.hpp \
 /usr/include/boost/multi_index/detail/index_base.hpp \
 /usr/include/boost/multi_index/detail/copy_map.hpp \
 /usr/include/boost/multi_index/detail/node_type.hpp \
 /usr/include/boost/mpl/reverse_iter_fold.hpp \
 /usr/include/boost/mpl/aux_/reverse_iter_fold_impl.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/reverse_iter_fold_impl.hpp \
 /usr/include/boost/multi_index/detail/header_holder.hpp \
 /usr/include/boost/multi_index/detail/is_index_list.hpp \
 /usr/include/boost/mpl/empty.hpp \
 /usr/include/boost/mpl/aux_/empty_impl.hpp \
 /usr/include/boost/multi_index/detail/index_loader.hpp \
 /usr/include/boost/multi_index/detail/index_saver.hpp \
 /usr/include/boost/multi_index/detail/index_matcher.hpp \
 /usr/include/boost/multi_index/detail/converter.hpp \
 /usr/include/boost/multi_index/detail/has_tag.hpp \
 /usr/include/boost/utility/base_from_member.hpp \
 /usr/include/boost/multi_index/detail/archive_constructed.hpp \
 /usr/include/boost/multi_index/detail/serialization_version.hpp \
 /usr/include/boost/serialization/collection_size_type.hpp \
 /usr/include/boost/serialization/is_bitwise_serializable.hpp \
 /usr/include/boost/optional.hpp /usr/include/boost/optional/optional.hpp \
 /usr/include/boost/optional/bad_optional_access.hpp \
 /usr/include/boost/type.hpp /usr/include/boost/none.hpp \
 /usr/include/boost/none_t.hpp \
 /usr/include/boost/utility/compare_pointees.hpp \
 /usr/include/boost/utility/result_of.hpp \
 /usr/include/boost/preprocessor/iteration/iterate.hpp \
 /usr/include/boost/preprocessor/slot/slot.hpp \
 /usr/include/boost/preprocessor/slot/detail/def.hpp \
 /usr/include/boost/preprocessor/repetition/enum_shifted_params.hpp \
 /usr/include/boost/preprocessor/iteration/detail/iter/forward1.hpp \
 /usr/include/boost/preprocessor/iteration/detail/bounds/lower1.hpp \
 /usr/include/boost/preprocessor/slot/detail/shared.hpp \
 /usr/include/boost/preprocessor/iteration/detail/bounds/upper1.hpp \
 /usr/include/boost/utility/detail/result_of_iterate.hpp \
 /usr/include/boost/optional/optional_fwd.hpp \
 /usr/include/boost/optional/detail/optional_config.hpp \
 /usr/include/boost/optional/detail/optional_factory_support.hpp \
 /usr/include/boost/optional/detail/optional_aligned_storage.hpp \
 /usr/include/boost/optional/detail/optional_trivially_copyable_base.hpp \
 /usr/include/boost/optional/detail/optional_reference_spec.hpp \
 /usr/include/boost/optional/detail/optional_relops.hpp \
 /usr/include/boost/optional/detail/optional_swap.hpp \
 /usr/include/boost/pending/container_traits.hpp \
 /usr/include/boost/next_prior.hpp \
 /usr/include/boost/iterator/advance.hpp \
 /usr/include/boost/iterator/reverse_iterator.hpp \
 /usr/include/boost/unordered_map.hpp \
 /usr/include/boost/unordered/unordered_map.hpp \
 /usr/include/boost/unordered/detail/map.hpp \
 /usr/include/boost/unordered/unordered_map_fwd.hpp \
 /usr/include/c++/12/unordered_set \
 /usr/include/c++/12/bits/unordered_set.h \
 /usr/include/boost/graph/detail/adjacency_list.hpp \
 /usr/include/boost/range/irange.hpp \
 /usr/include/boost/range/iterator_range.hpp \
 /usr/include/boost/range/iterator_range_core.hpp \
 /usr/include/boost/range/functions.hpp \
 /usr/include/boost/range/begin.hpp /usr/include/boost/range/config.hpp \
 /usr/include/boost/range/iterator.hpp \
 /usr/include/boost/range/range_fwd.hpp \
 /usr/include/boost/range/mutable_iterator.hpp \
 /usr/include/boost/range/detail/extract_optional_type.hpp \
 /usr/include/boost/range/detail/msvc_has_iterator_workaround.hpp \
 /usr/include/boost/range/const_iterator.hpp \
 /usr/include/boost/range/end.hpp \
 /usr/include/boost/range/detail/implementation_help.hpp \
 /usr/include/boost/range/detail/common.hpp \
 /usr/include/boost/range/detail/sfinae.hpp \
 /usr/include/boost/range/size.hpp /usr/include/boost/range/size_type.hpp \
 /usr/include/boost/range/difference_type.hpp \
 /usr/include/boost/range/has_range_iterator.hpp \
 /usr/include/boost/range/concepts.hpp \
 /usr/include/boost/iterator/iterator_concepts.hpp \
 /usr/include/boost/range/value_type.hpp \
 /usr/include/boost/range/detail/misc_concept.hpp \
 /usr/include/boost/range/detail/has_member_size.hpp \
 /usr/include/boost/utility.hpp /usr/include/boost/utility/binary.hpp \
 /usr/include/boost/preprocessor/control/deduce_d.hpp \
 /usr/include/boost/preprocessor/seq/cat.hpp \
 /usr/include/boost/preprocessor/seq/fold_left.hpp \
 /usr/include/boost/preprocessor/seq/transform.hpp \
 /usr/include/boost/preprocessor/arithmetic/mod.hpp \
 /usr/include/boost/preprocessor/arithmetic/detail/div_base.hpp \
 /usr/include/boost/preprocessor/comparison/less_equal.hpp \
 /usr/include/boost/preprocessor/logical/not.hpp \
 /usr/include/boost/utility/identity_type.hpp \
 /usr/include/boost/range/distance.hpp \
 /usr/include/boost/iterator/distance.hpp \
 /usr/include/boost/range/empty.hpp /usr/include/boost/range/rbegin.hpp \
 /usr/include/boost/range/reverse_iterator.hpp \
 /usr/include/boost/range/rend.hpp \
 /usr/include/boost/range/algorithm/equal.hpp \
 /usr/include/boost/range/detail/safe_bool.hpp \
 /usr/include/boost/range/iterator_range_io.hpp \
 /usr/include/boost/graph/graph_concepts.hpp \
 /usr/include/boost/graph/numeric_values.hpp \
 /usr/include/boost/graph/buffer_concepts.hpp \
 /usr/include/boost/typeof/typeof.hpp \
 /usr/include/boost/typeof/message.hpp \
 /usr/include/boost/typeof/decltype.hpp \
 /usr/include/boost/graph/detail/adj_list_edge_iterator.hpp \
 /usr/include/boost/graph/adjacency_iterator.hpp \
 /work/main/graph/normalize.hpp
