/*
 * The fused CPU training step of a ReLU MLP with biases under cross-entropy and plain SGD (issue 3: the hot loop of
 * the benchmark job and of every such experiment). JNI entry points of org.lmw.engine.training.NativeMlpStep.
 *
 * The matrix products are libtorch's own BLAS: sgemm_ of the MKL that libtorch_cpu.so links statically and exports,
 * looked up in the copy DJL already loaded (dlopen with RTLD_NOLOAD), so they run the very kernels torch's addmm and
 * mm run, with torch's thread setting. Everything between the products is done here in single passes over memory:
 * bias + ReLU; log-softmax, loss, accuracy and the output gradient (softmax - one-hot)·lr/B; the ReLU mask; the bias
 * gradient; and the update w -= lr·g, which also accumulates ||w||^2 (before the update) and ||lr·g||^2 when the
 * step's metrics are wanted. Parameters are updated in place in the tensors' own storage.
 *
 * Determinism: every reduction has a fixed order (fixed-width accumulator arrays, no -ffast-math, no FP contraction),
 * so a run repeats bit for bit on one machine and thread count; sgemm_ is MKL's, as deterministic as torch's.
 */
#include <jni.h>
#include <dlfcn.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef void (*sgemm_fn)(const char *transa, const char *transb, const int *m, const int *n, const int *k,
                         const float *alpha, const float *a, const int *lda, const float *b, const int *ldb,
                         const float *beta, float *c, const int *ldc);

#define MAX_LAYERS 64
#define MODE_FOLDED 0
#define MODE_SGD 1
#define MODE_ADAM 2
#define SGD_COEFFICIENTS 3
#define ADAM_COEFFICIENTS 9
#define LANES 32
#define BLOCK 2048

typedef struct {
    sgemm_fn sgemm;
    int layers;               /* L: weight layers, the last one the output layer */
    int dims[MAX_LAYERS + 1]; /* dims[0] inputs, dims[l] units of layer l */
    int batch;                /* rows of the largest batch */
    float *w[MAX_LAYERS];     /* [dims[l+1], dims[l]] row-major (torch's [out, in]), the tensors' storage */
    float *b[MAX_LAYERS];     /* [dims[l+1]] */
    /* optimizer state per parameter p (W_1, b_1, W_2, ...): SGD's momentum buffer in [0], Adam's m and v in [0], [1] */
    float *state[2][2 * MAX_LAYERS];
    const float *x;           /* training inputs [n, dims[0]] */
    const int32_t *labels;    /* training labels [n] */
    long long examples;       /* n */
    float *act[MAX_LAYERS];   /* act[l]: output of layer l (l < L-1 after ReLU; l = L-1 the logits) [batch, dims[l+1]] */
    float *delta[2];          /* ping-pong [batch, max dim] */
    float *grad;              /* [max dims[l+1]·dims[l]] one layer's weight gradient */
    float *gbias;             /* [max dim] */
    float *gathered;          /* [batch, dims[0]] rows of a shuffled batch, made at the first one */
} ctx_t;

static void *aligned(size_t floats) {
    void *p = NULL;
    size_t bytes = (floats ? floats : 1) * sizeof(float);
    bytes = (bytes + 63) & ~(size_t)63;
    if (posix_memalign(&p, 64, bytes) != 0) {
        return NULL;
    }
    memset(p, 0, bytes);
    return p;
}

static void release(ctx_t *c) {
    if (!c) {
        return;
    }
    for (int l = 0; l < c->layers; l++) {
        free(c->act[l]);
    }
    free(c->delta[0]);
    free(c->delta[1]);
    free(c->grad);
    free(c->gbias);
    free(c->gathered);
    free(c);
}

static int throw_state(JNIEnv *env, const char *message) {
    jclass cls = (*env)->FindClass(env, "java/lang/IllegalStateException");
    if (cls) {
        (*env)->ThrowNew(env, cls, message);
    }
    return 0;
}

static void *address(JNIEnv *env, jobject buffer, jlong floats) {
    if (!buffer) {
        return NULL;
    }
    void *p = (*env)->GetDirectBufferAddress(env, buffer);
    jlong capacity = (*env)->GetDirectBufferCapacity(env, buffer);
    if (!p || capacity < floats * (jlong)sizeof(float)) {
        return NULL;
    }
    return p;
}

/* ---- element-wise passes (no FP contraction: -ffp-contract=off) ---- */

/* z[r, j] = max(0, z[r, j] + b[j]) */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void bias_relu(float *z, const float *b, int rows, int cols) {
    for (int r = 0; r < rows; r++) {
        float *row = z + (size_t)r * cols;
        for (int j = 0; j < cols; j++) {
            float v = row[j] + b[j];
            row[j] = v > 0.0f ? v : 0.0f;
        }
    }
}

/* z[r, j] += b[j] */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void bias_add(float *z, const float *b, int rows, int cols) {
    for (int r = 0; r < rows; r++) {
        float *row = z + (size_t)r * cols;
        for (int j = 0; j < cols; j++) {
            row[j] += b[j];
        }
    }
}

/* d[r, j] = a[r, j] > 0 ? d[r, j] : 0 (torch's threshold backward on the ReLU output) */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void relu_mask(float *d, const float *a, size_t n) {
    for (size_t i = 0; i < n; i++) {
        d[i] = a[i] > 0.0f ? d[i] : 0.0f;
    }
}

/* g[j] = sum over rows of d[r, j], rows in order */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void column_sums(float *g, const float *d, int rows, int cols) {
    memset(g, 0, (size_t)cols * sizeof(float));
    for (int r = 0; r < rows; r++) {
        const float *row = d + (size_t)r * cols;
        for (int j = 0; j < cols; j++) {
            g[j] += row[j];
        }
    }
}

/* 16 floats: GCC's vector extension, one or more registers whatever the clone's instruction set. */
typedef float v16 __attribute__((vector_size(64)));

/* Unaligned 16-float load and store (macros: a v16 argument or result would change the ABI between clones). */
#define LOAD16(p) ({ v16 v_; memcpy(&v_, (p), sizeof v_); v_; })
#define STORE16(p, v) do { v16 s_ = (v); memcpy((p), &s_, sizeof s_); } while (0)

/* Adds a block's 32 float lanes (two vectors) into 32 double lanes, in lane order. */
#define SPILL(into, lo, hi)                                                                                            \
    do {                                                                                                               \
        for (int j_ = 0; j_ < 16; j_++) {                                                                              \
            (into)[j_] += (lo)[j_];                                                                                    \
            (into)[16 + j_] += (hi)[j_];                                                                               \
        }                                                                                                              \
    } while (0)

static inline double lanes_sum(const double *lanes) {
    double s = 0;
    for (int j = 0; j < LANES; j++) {
        s += lanes[j];
    }
    return s;
}

/* The three sums of an update with a direction of its own (||w||^2, ||g||^2, ||d||^2): float64 lanes over the pass,
 * two 16-float vectors each within a block. */
typedef struct {
    double w[LANES], g[LANES], d[LANES];
} sums3_t;

#define BLOCK_SUMS3 v16 aw[2] = {{0}, {0}}, ag[2] = {{0}, {0}}, ad[2] = {{0}, {0}}
#define ADD_SQUARES3(h, wv, gv, dv)                                                                                    \
    do {                                                                                                               \
        aw[h] += (wv) * (wv);                                                                                          \
        ag[h] += (gv) * (gv);                                                                                          \
        ad[h] += (dv) * (dv);                                                                                          \
    } while (0)
#define SPILL3(t)                                                                                                      \
    do {                                                                                                               \
        SPILL((t).w, aw[0], aw[1]);                                                                                    \
        SPILL((t).g, ag[0], ag[1]);                                                                                    \
        SPILL((t).d, ad[0], ad[1]);                                                                                    \
    } while (0)

static inline void add_squares3(sums3_t *t, float wv, float gv, float dv) {
    t->w[0] += (double)wv * wv;
    t->g[0] += (double)gv * gv;
    t->d[0] += (double)dv * dv;
}

static inline void finish3(const sums3_t *t, double *sums) {
    if (sums) {
        sums[0] = lanes_sum(t->w);
        sums[1] = lanes_sum(t->g);
        sums[2] = lanes_sum(t->d);
    }
}

/*
 * w -= g; with sums, also ||w||^2 before the update and ||g||^2. Squares are summed in 32 float lanes (explicit
 * vectors: the loop stays as fast as the bare update) over blocks of BLOCK elements, and each block's lanes are added
 * into double lanes: a fixed order whatever the instruction set, float rounding only within a block.
 */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void descend(float *w, const float *g, size_t n, double *wsq, double *gsq) {
    if (!wsq) {
        for (size_t i = 0; i < n; i++) {
            w[i] -= g[i];
        }
        return;
    }
    double dw[LANES] = {0}, dg[LANES] = {0};
    size_t i = 0;
    while (i + LANES <= n) {
        size_t end = i + BLOCK <= n ? i + BLOCK : n - (n - i) % LANES;
        v16 aw0 = {0}, aw1 = {0}, ag0 = {0}, ag1 = {0};
        for (; i < end; i += LANES) {
            v16 w0 = LOAD16(w + i), w1 = LOAD16(w + i + 16);
            v16 g0 = LOAD16(g + i), g1 = LOAD16(g + i + 16);
            aw0 += w0 * w0;
            aw1 += w1 * w1;
            ag0 += g0 * g0;
            ag1 += g1 * g1;
            STORE16(w + i, w0 - g0);
            STORE16(w + i + 16, w1 - g1);
        }
        SPILL(dw, aw0, aw1);
        SPILL(dg, ag0, ag1);
    }
    for (; i < n; i++) {
        dw[0] += (double)w[i] * w[i];
        dg[0] += (double)g[i] * g[i];
        w[i] -= g[i];
    }
    *wsq = lanes_sum(dw);
    *gsq = lanes_sum(dg);
}

/*
 * torch.optim.SGD's update with the gradient g itself: d = g + wd·w; with a momentum buffer buf = mu·buf + d and
 * d = buf; then w -= lr·d, each operation rounded as torch rounds it (no contraction). With sums, also ||w||^2 before
 * the update, ||g||^2 and ||d||^2, summed as in descend().
 */
static inline float sgd_direction(float wv, float gv, float *bp, float mu, float wd) {
    float d = wd != 0.0f ? gv + wd * wv : gv;
    if (bp) {
        d = mu * *bp + d;
        *bp = d;
    }
    return d;
}

__attribute__((target_clones("avx512f", "avx2", "default")))
static void sgd(float *w, const float *g, float *buf, size_t n, float mu, float wd, float lr, double *sums) {
    if (!sums) {
        for (size_t i = 0; i < n; i++) {
            float wv = w[i];
            float d = sgd_direction(wv, g[i], buf ? buf + i : NULL, mu, wd);
            w[i] = wv - lr * d;
        }
        return;
    }
    sums3_t t = {{0}, {0}, {0}};
    size_t i = 0;
    while (i + LANES <= n) {
        size_t end = i + BLOCK <= n ? i + BLOCK : n - (n - i) % LANES;
        BLOCK_SUMS3;
        for (; i < end; i += LANES) {
            for (int h = 0; h < 2; h++) {
                size_t at = i + 16 * h;
                v16 wv = LOAD16(w + at);
                v16 gv = LOAD16(g + at);
                v16 d = wd != 0.0f ? gv + wd * wv : gv;
                if (buf) {
                    d = mu * LOAD16(buf + at) + d;
                    STORE16(buf + at, d);
                }
                STORE16(w + at, wv - lr * d);
                ADD_SQUARES3(h, wv, gv, d);
            }
        }
        SPILL3(t);
    }
    for (; i < n; i++) {
        float wv = w[i];
        float gv = g[i];
        float d = sgd_direction(wv, gv, buf ? buf + i : NULL, mu, wd);
        w[i] = wv - lr * d;
        add_squares3(&t, wv, gv, d);
    }
    finish3(&t, sums);
}

/*
 * torch.optim.Adam's update (L2 weight decay on the gradient, as AdamOptimizer): g' = g + wd·w;
 * m = b1·m + (1 - b1)·g'; v = b2·v + (1 - b2)·g'^2; d = (m / (sqrt(v) / c2 + eps)) / c1; w -= lr·d, each operation
 * rounded as AdamOptimizer's tensor operations round it. k = {lr, b1, 1 - b1, b2, 1 - b2, c1, c2, eps, wd}. With sums,
 * also ||w||^2 before the update, ||g||^2 and ||d||^2 (32 float lanes per block, as descend()).
 */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void adam(float *w, const float *g, float *m, float *v, size_t n, const float *k, double *sums) {
    const float lr = k[0], b1 = k[1], ob1 = k[2], b2 = k[3], ob2 = k[4], c1 = k[5], c2 = k[6], eps = k[7], wd = k[8];
    sums3_t t = {{0}, {0}, {0}};
    size_t i = 0;
    while (i + LANES <= n) {
        size_t end = i + BLOCK <= n ? i + BLOCK : n - (n - i) % LANES;
        BLOCK_SUMS3;
        for (; i < end; i += LANES) {
            for (int h = 0; h < 2; h++) {
                size_t at = i + 16 * h;
                v16 wv = LOAD16(w + at);
                v16 gv = LOAD16(g + at);
                v16 gd = wd != 0.0f ? gv + wv * wd : gv;
                v16 mv = b1 * LOAD16(m + at) + gd * ob1;
                v16 vv = b2 * LOAD16(v + at) + (gd * gd) * ob2;
                STORE16(m + at, mv);
                STORE16(v + at, vv);
                v16 root;
                for (int j = 0; j < 16; j++) {
                    root[j] = sqrtf(vv[j]);
                }
                v16 d = (mv / (root / c2 + eps)) / c1;
                STORE16(w + at, wv - d * lr);
                ADD_SQUARES3(h, wv, gv, d);
            }
        }
        SPILL3(t);
    }
    for (; i < n; i++) {
        float wv = w[i];
        float gv = g[i];
        float gd = wd != 0.0f ? gv + wv * wd : gv;
        float mv = b1 * m[i] + gd * ob1;
        float vv = b2 * v[i] + (gd * gd) * ob2;
        m[i] = mv;
        v[i] = vv;
        float d = (mv / (sqrtf(vv) / c2 + eps)) / c1;
        w[i] = wv - d * lr;
        add_squares3(&t, wv, gv, d);
    }
    finish3(&t, sums);
}

/*
 * Rows of logits z[rows, classes] -> output gradient (softmax - one-hot)·scale in place; returns the sum of the
 * labels' log-probabilities; counts rows whose first maximum (NaN counting as maximum, like torch.argmax) is the label.
 */
static double softmax_delta(float *z, const int32_t *labels, const int *rowIndex, long long first, int rows,
                            int classes, float scale, int *correct) {
    double logp = 0;
    int right = 0;
    for (int r = 0; r < rows; r++) {
        float *row = z + (size_t)r * classes;
        long long example = rowIndex ? rowIndex[r] : first + r;
        int y = labels[example];
        int best = 0;
        float max = row[0];
        for (int j = 1; j < classes; j++) {
            if (row[j] > row[best] || (isnan(row[j]) && !isnan(row[best]))) {
                best = j;
            }
            if (row[j] > max) {
                max = row[j];
            }
        }
        if (isnan(row[best])) {
            max = row[best];
        }
        if (best == y) {
            right++;
        }
        float shifted = row[y] - max;
        float sum = 0.0f;
        for (int j = 0; j < classes; j++) {
            row[j] = expf(row[j] - max);
            sum += row[j];
        }
        logp += (double)(shifted - logf(sum));
        for (int j = 0; j < classes; j++) {
            row[j] = (row[j] / sum - (j == y ? 1.0f : 0.0f)) * scale;
        }
    }
    *correct = right;
    return logp;
}

/* Row-major C[m, n] = op(A)·op(B) through the column-major sgemm_: C^T = op(B)^T·op(A)^T. */
static void gemm(const ctx_t *c, int transA, int transB, int m, int n, int k, const float *a, int lda,
                 const float *b, int ldb, float *out, int ldc) {
    const float one = 1.0f, zero = 0.0f;
    const char ta = transB ? 'T' : 'N';
    const char tb = transA ? 'T' : 'N';
    c->sgemm(&ta, &tb, &n, &m, &k, &one, b, &ldb, a, &lda, &zero, out, &ldc);
}

JNIEXPORT jlong JNICALL Java_org_lmw_engine_training_NativeMlpStep_create(JNIEnv *env, jclass cls, jstring blas,
        jintArray dimsArray, jint batch, jobjectArray weights, jobjectArray biases, jobjectArray state,
        jint statePerParameter, jobject inputs, jobject labels, jlong examples) {
    (void)cls;
    int layers = (*env)->GetArrayLength(env, dimsArray) - 1;
    if (layers < 1 || layers > MAX_LAYERS || batch < 1 || examples < 1) {
        return throw_state(env, "fused MLP step: unsupported shape");
    }
    const char *path = (*env)->GetStringUTFChars(env, blas, NULL);
    if (!path) {
        return 0;
    }
    void *lib = dlopen(path, RTLD_NOW | RTLD_NOLOAD);
    (*env)->ReleaseStringUTFChars(env, blas, path);
    if (!lib) {
        return throw_state(env, "fused MLP step: libtorch_cpu.so is not loaded in this process");
    }
    sgemm_fn sgemm = (sgemm_fn)dlsym(lib, "sgemm_");
    if (!sgemm) {
        return throw_state(env, "fused MLP step: libtorch_cpu.so exports no sgemm_");
    }
    ctx_t *c = calloc(1, sizeof(ctx_t));
    if (!c) {
        return throw_state(env, "fused MLP step: out of memory");
    }
    c->sgemm = sgemm;
    c->layers = layers;
    c->batch = batch;
    c->examples = examples;
    (*env)->GetIntArrayRegion(env, dimsArray, 0, layers + 1, c->dims);
    int widest = 0;
    size_t largest = 0;
    for (int l = 0; l <= layers; l++) {
        if (c->dims[l] < 1) {
            release(c);
            return throw_state(env, "fused MLP step: a layer has no units");
        }
        if (c->dims[l] > widest) {
            widest = c->dims[l];
        }
    }
    for (int l = 0; l < layers; l++) {
        size_t size = (size_t)c->dims[l + 1] * c->dims[l];
        if (size > largest) {
            largest = size;
        }
        c->w[l] = address(env, (*env)->GetObjectArrayElement(env, weights, l), (jlong)size);
        c->b[l] = address(env, (*env)->GetObjectArrayElement(env, biases, l), c->dims[l + 1]);
        c->act[l] = aligned((size_t)batch * c->dims[l + 1]);
        for (int k = 0; state && k < statePerParameter && k < 2; k++) {
            for (int p = 0; p < 2; p++) {
                float *buffer = address(env, (*env)->GetObjectArrayElement(env, state,
                        (2 * l + p) * statePerParameter + k), p == 0 ? (jlong)size : c->dims[l + 1]);
                if (!buffer) {
                    release(c);
                    return throw_state(env, "fused MLP step: optimizer state is not a direct float buffer of its size");
                }
                c->state[k][2 * l + p] = buffer;
            }
        }
        if (!c->w[l] || !c->b[l] || !c->act[l]) {
            release(c);
            return throw_state(env, "fused MLP step: a parameter is not a direct float buffer of its size");
        }
    }
    c->x = address(env, inputs, examples * c->dims[0]);
    c->labels = address(env, labels, examples); /* int32, as many bytes as floats */
    c->delta[0] = aligned((size_t)batch * widest);
    c->delta[1] = aligned((size_t)batch * widest);
    c->grad = aligned(largest);
    c->gbias = aligned((size_t)widest);
    if (!c->x || !c->labels || !c->delta[0] || !c->delta[1] || !c->grad || !c->gbias) {
        release(c);
        return throw_state(env, "fused MLP step: inputs or labels are not direct buffers, or out of memory");
    }
    return (jlong)(intptr_t)c;
}

/*
 * One update on rows first..first+rows of the training split (or the rows listed in rowIndex, a direct int buffer,
 * when not null). mode and coefficients:
 * MODE_FOLDED: plain SGD with the learning rate in the output gradient: scale = lr / rows, the gradients come out as
 *   lr·g and the update is w -= lr·g (no coefficients).
 * MODE_SGD: scale = 1 / rows, the gradients are g; sgd() with {lr, mu, wd} (mu used with a momentum buffer).
 * MODE_ADAM: scale = 1 / rows; adam() with {lr, beta1, 1 - beta1, beta2, 1 - beta2, 1 - beta1^t,
 *   sqrt(1 - beta2^t), eps, wd}.
 * out (length >= 2 + 6·L): [0] mean log-probability of the labels, [1] correct predictions, then, when metrics is
 * true, per parameter (W_1, b_1, W_2, ...) ||θ||^2 before the update, then per parameter ||gradient||^2 (lr·g when
 * folded, else g), then per parameter ||d||^2 of the update direction (not folded only).
 */
JNIEXPORT void JNICALL Java_org_lmw_engine_training_NativeMlpStep_step(JNIEnv *env, jclass cls, jlong handle,
        jlong first, jobject rowIndexBuffer, jint rows, jfloat scale, jint mode, jfloatArray coefficientArray,
        jboolean metrics, jdoubleArray outArray) {
    (void)cls;
    ctx_t *c = (ctx_t *)(intptr_t)handle;
    int L = c->layers;
    if (rows < 1 || rows > c->batch) {
        throw_state(env, "fused MLP step: batch larger than planned");
        return;
    }
    float k[ADAM_COEFFICIENTS] = {0};
    int given = coefficientArray ? (*env)->GetArrayLength(env, coefficientArray) : 0;
    int needed = mode == MODE_FOLDED ? 0 : mode == MODE_SGD ? SGD_COEFFICIENTS : ADAM_COEFFICIENTS;
    if (mode < MODE_FOLDED || mode > MODE_ADAM || given < needed
            || (mode == MODE_ADAM && (!c->state[0][0] || !c->state[1][0]))) {
        throw_state(env, "fused MLP step: unknown update or missing optimizer state");
        return;
    }
    if (needed > 0) {
        (*env)->GetFloatArrayRegion(env, coefficientArray, 0, needed, k);
    }
    const int *rowIndex = NULL;
    if (rowIndexBuffer) {
        rowIndex = (*env)->GetDirectBufferAddress(env, rowIndexBuffer);
    } else if (first < 0 || first + rows > c->examples) {
        throw_state(env, "fused MLP step: rows outside the training split");
        return;
    }
    double out[2 + 6 * MAX_LAYERS];
    memset(out, 0, sizeof(out));
    const float *x = c->x + (size_t)first * c->dims[0];
    if (rowIndex) {
        size_t width = (size_t)c->dims[0];
        if (!c->gathered && !(c->gathered = aligned((size_t)c->batch * width))) {
            throw_state(env, "fused MLP step: out of memory for a shuffled batch");
            return;
        }
        for (int r = 0; r < rows; r++) {
            memcpy(c->gathered + (size_t)r * width, c->x + (size_t)rowIndex[r] * width, width * sizeof(float));
        }
        x = c->gathered;
    }
    /* forward: act[l] = relu(act[l-1]·W_l^T + b_l); the last layer stays linear (logits) */
    const float *in = x;
    for (int l = 0; l < L; l++) {
        int fanIn = c->dims[l], units = c->dims[l + 1];
        gemm(c, 0, 1, rows, units, fanIn, in, fanIn, c->w[l], fanIn, c->act[l], units);
        if (l < L - 1) {
            bias_relu(c->act[l], c->b[l], rows, units);
        } else {
            bias_add(c->act[l], c->b[l], rows, units);
        }
        in = c->act[l];
    }
    int correct = 0;
    int classes = c->dims[L];
    /* the logits become the output gradient in place */
    float *delta = c->act[L - 1];
    double logp = softmax_delta(delta, c->labels, rowIndex, first, rows, classes, scale, &correct);
    out[0] = logp / rows;
    out[1] = correct;
    double *normSq = metrics ? out + 2 : NULL;
    double *gradSq = metrics ? out + 2 + 2 * L : NULL;
    int ping = 0;
    for (int l = L - 1; l >= 0; l--) {
        int fanIn = c->dims[l], units = c->dims[l + 1];
        const float *a = l == 0 ? x : c->act[l - 1];
        /* lr·gW = delta^T·a  [units, fanIn] */
        gemm(c, 1, 0, units, fanIn, rows, delta, units, a, fanIn, c->grad, fanIn);
        column_sums(c->gbias, delta, rows, units);
        float *next = NULL;
        if (l > 0) {
            /* the previous layer's delta = (delta·W_l) ⊙ [a > 0], with W_l before its update */
            next = c->delta[ping];
            ping ^= 1;
            gemm(c, 0, 0, rows, fanIn, units, delta, units, c->w[l], fanIn, next, fanIn);
            relu_mask(next, a, (size_t)rows * fanIn);
        }
        if (mode == MODE_FOLDED) {
            descend(c->w[l], c->grad, (size_t)units * fanIn, normSq ? normSq + 2 * l : NULL,
                    gradSq ? gradSq + 2 * l : NULL);
            descend(c->b[l], c->gbias, (size_t)units, normSq ? normSq + 2 * l + 1 : NULL,
                    gradSq ? gradSq + 2 * l + 1 : NULL);
        } else {
            for (int p = 0; p < 2; p++) {
                double sums[3];
                float *w = p == 0 ? c->w[l] : c->b[l];
                const float *g = p == 0 ? c->grad : c->gbias;
                size_t n = p == 0 ? (size_t)units * fanIn : (size_t)units;
                if (mode == MODE_SGD) {
                    sgd(w, g, c->state[0][2 * l + p], n, k[1], k[2], k[0], metrics ? sums : NULL);
                } else {
                    adam(w, g, c->state[0][2 * l + p], c->state[1][2 * l + p], n, k, metrics ? sums : NULL);
                }
                if (metrics) {
                    out[2 + 2 * l + p] = sums[0];
                    out[2 + 2 * L + 2 * l + p] = sums[1];
                    out[2 + 4 * L + 2 * l + p] = sums[2];
                }
            }
        }
        delta = next;
    }
    (*env)->SetDoubleArrayRegion(env, outArray, 0, 2 + 6 * L, out);
}

JNIEXPORT void JNICALL Java_org_lmw_engine_training_NativeMlpStep_destroy(JNIEnv *env, jclass cls, jlong handle) {
    (void)env;
    (void)cls;
    release((ctx_t *)(intptr_t)handle);
}
