#include "io/raw_deflate.hpp"

#include <zlib.h>

namespace boomerang::io {

namespace {

// zlib's windowBits for raw DEFLATE with a 32 KiB window.
constexpr int raw_window_bits = -15;

}  // namespace

std::string raw_deflate(std::string_view bytes) {
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, raw_window_bits, 9, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

model::Result<std::string> raw_inflate(std::string_view deflated, std::size_t max_bytes) {
    z_stream stream{};
    if (inflateInit2(&stream, raw_window_bits) != Z_OK) return model::Error{"", "cannot start decompressing"};
    std::string out;
    char buffer[16384];
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(deflated.data()));
    stream.avail_in = static_cast<uInt>(deflated.size());
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - stream.avail_out);
        if (out.size() > max_bytes) {
            inflateEnd(&stream);
            return model::Error{"", "it unpacks to more than " + std::to_string(max_bytes / (1024 * 1024)) + " MB"};
        }
        if (status == Z_BUF_ERROR && stream.avail_in == 0) break;
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END) return model::Error{"", "its compressed data is damaged or cut short"};
    return out;
}

}  // namespace boomerang::io
