package org.crescent.bytecode;

import org.crescent.runtime.LuaString;

/**
 * Debug information for one local variable: it lives in its register from instruction
 * {@code startPc} (inclusive) to {@code endPc} (exclusive). Listed in order of declaration,
 * so the n-th active entry at a pc occupies register n-1.
 */
public record LocalVariableInfo(LuaString name, int startPc, int endPc) {}
