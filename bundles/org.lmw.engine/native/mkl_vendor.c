/*
 * Learning Mechanics Workbench: MKL vendor-check override, preloaded by the lmw launcher on AMD processors.
 *
 * libtorch's CPU build links Intel MKL statically, and MKL chooses its kernels in two steps: first a vendor check
 * (mkl_serv_intel_cpu_true), then the instruction set read from CPUID. On a non-Intel processor the vendor check
 * sends every sgemm to MKL's generic "zen" path, which runs AVX2 kernels even on an AMD Zen 4 that has AVX-512.
 * Measured on this project's bench-mlp job (784-256-256-10 MLP, batch 128, 1 thread, AMD EPYC Zen 4): the training
 * step spends about 64 % of its time in sgemm (see README, "Training throughput").
 *
 * This library defines that one function and nothing else. Because libtorch_cpu.so exports the symbol and calls it
 * through its PLT, a preloaded definition takes precedence. MKL still selects the instruction set from CPUID, so it
 * never runs an instruction the processor lacks; only the vendor gate is lifted.
 *
 * Built by the engine bundle's Maven build (cc -shared -fPIC -ffreestanding -nostdlib: no C library or its headers
 * needed); the launcher's LMW_MKL_VENDOR=off turns it off. Nothing here is called by the workbench's own code.
 */
int mkl_serv_intel_cpu_true(void) {
    return 1;
}
