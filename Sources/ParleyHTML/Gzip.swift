import CZlib

/// Inflates gzip (and zlib) streams with a cap on the output size.
public enum Gzip {
    /// True when the bytes start with the gzip magic number.
    public static func isCompressed(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b }

    /// The inflated bytes; throws `html.bad-compression` for a damaged stream and `html.too-large` past `limit`.
    /// A stream cut short yields what was inflated so far when that is not empty (a truncated download).
    public static func inflate(_ input: [UInt8], limit: Int) throws -> [UInt8] {
        var stream = z_stream()
        // 15 window bits + 32: detect gzip or zlib headers
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw HTMLError(.badCompression, "zlib could not start inflating; the system's zlib is broken")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        var input = input
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = uInt(inBuf.count)
            var rc: Int32 = Z_OK
            repeat {
                rc = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(outBuf.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { return Z_MEM_ERROR }
                // a concatenated member: keep going
                if rc == Z_STREAM_END && stream.avail_in > 0 { rc = inflateReset(&stream) }
            } while rc == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
            return rc
        }
        if output.count > limit {
            throw HTMLError(.tooLarge, "the page inflates to more than \(limit) bytes; raise the limit or skip it")
        }
        switch status {
        case Z_STREAM_END, Z_OK, Z_BUF_ERROR:
            if output.isEmpty { throw HTMLError(.badCompression, "the gzip stream holds no data; the download may be cut short") }
            return output
        default:
            if !output.isEmpty, status == Z_DATA_ERROR { return output }
            throw HTMLError(.badCompression, "the gzip stream is damaged (zlib status \(status)); fetch the page again")
        }
    }

    /// Compresses bytes into a gzip stream (raw pages are stored this way).
    public static func compress(_ input: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        // 15 window bits + 16: write a gzip header
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return input
        }
        defer { deflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        var input = input
        input.withUnsafeMutableBufferPointer { inBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = uInt(inBuf.count)
            var rc: Int32 = Z_OK
            repeat {
                rc = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(outBuf.count)
                    return deflate(&stream, Z_FINISH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
            } while rc == Z_OK
        }
        return output
    }
}
