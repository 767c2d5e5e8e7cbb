package org.crescent.ast;

import org.crescent.runtime.LuaString;

/**
 * A parsed chunk: its main function (vararg, no parameters, upvalue 0 is {@code _ENV}).
 *
 * @param name        the chunk name as given to the parser ({@code =stdin}, {@code @file.lua},
 *                    or source text)
 * @param main        the main function
 * @param environment the variable standing for the implicit {@code _ENV} upvalue of the main
 *                    function; it belongs to no function ({@code function() == null})
 */
public record Chunk(LuaString name, FunctionBody main, LocalVariable environment) {
}
