package org.crescent.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A runtime is confined to one thread at a time; separate runtimes run in parallel. */
class ConcurrencyTest {
    @Test
    void secondThreadIsRefusedWhileFirstIsInside() throws Exception {
        Lua lua = Lua.create();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        lua.register("block", args -> {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return "released";
        });
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "first"));
        try {
            Future<Object> first = executor.submit(() -> lua.eval("local r = block() return r .. '!'"));
            assertTrue(entered.await(30, TimeUnit.SECONDS));
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> lua.eval("return 1"));
            assertTrue(refused.getMessage().contains("'first' is using it"), refused.getMessage());
            assertThrows(IllegalStateException.class, () -> lua.get("block"));
            assertThrows(IllegalStateException.class, () -> lua.set("x", 1));
            release.countDown();
            assertEquals("released!", first.get(30, TimeUnit.SECONDS));
            // Once the first thread has left, the runtime may move to this one.
            assertEquals(2L, lua.eval("return 1 + 1"));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void manyRuntimesRunInParallel() throws Exception {
        int threads = 8;
        int evaluations = 1000;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long id = t;
                results.add(executor.submit(() -> {
                    int correct = 0;
                    try (Lua lua = Lua.create()) {
                        lua.set("id", id);
                        lua.register("scale", args -> args.checkInteger(1) * (id + 1));
                        lua.eval("function work(i) local t = {} for k = 1, 20 do t[k] = scale(k) end "
                                + "local text = string.format('%d:%d:%d:%d', id, i, t[20], math.max(i, id)) "
                                + "return (text:gsub('%d+', function(n) return string.format('%5.1f', n) end))"
                                + ":gsub(' ', ''):rep(2, '|') end");
                        for (int i = 0; i < evaluations; i++) {
                            Object result = lua.eval("return work(" + i + ")");
                            String once = String.format(java.util.Locale.ROOT, "%.1f:%.1f:%.1f:%.1f", (double) id, (double) i, 20.0 * (id + 1),
                                    (double) Math.max(i, id));
                            String expected = once + "|" + once;
                            if (expected.equals(result)) {
                                correct++;
                            }
                        }
                    }
                    return correct;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(evaluations, result.get(120, TimeUnit.SECONDS));
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
