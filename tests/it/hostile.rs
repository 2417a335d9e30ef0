//! A raw-TCP HTTP/1.1 server that misbehaves on purpose (wiremock cannot reset, stall, drip or
//! lie about `Content-Length`): each accepted connection gets the same [`Fault`]. It records
//! every connection and every request it managed to read, so tests can count attempts and
//! check what reached it.

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// What the server does with each connection.
#[derive(Clone, Debug)]
pub enum Fault {
    /// Reads the request, writes these bytes, closes.
    Respond(Vec<u8>),
    /// Closes as soon as the connection is accepted, before reading or writing a byte.
    CloseAtOnce,
    /// Reads the request, then closes cleanly (FIN) without answering.
    Fin,
    /// Reads the request, then resets the connection (RST).
    Rst,
    /// Reads the request, writes these bytes (e.g. only the head), then holds the connection
    /// open, sending nothing, until the client gives up.
    WriteThenStall(Vec<u8>),
    /// Reads the request, writes these bytes one at a time with a pause between them.
    Drip(Vec<u8>, Duration),
    /// Reads the request, writes the head, then a chunked body of `total` bytes of `fill`.
    Chunked { head: Vec<u8>, fill: u8, total: usize },
}

/// One request as read off the wire.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

#[derive(Default)]
struct Log {
    connections: usize,
    requests: Vec<Recorded>,
}

/// A running server; stops accepting when dropped.
pub struct Server {
    pub addr: SocketAddr,
    fault: Arc<Mutex<Fault>>,
    log: Arc<Mutex<Log>>,
    accept: JoinHandle<()>,
}

impl Server {
    /// Listens on `ip` (any free port) and answers every connection with `fault`.
    pub async fn start(ip: IpAddr, fault: Fault) -> Self {
        let listener = TcpListener::bind((ip, 0)).await.expect("bind a local port");
        let addr = listener.local_addr().expect("bound address");
        let log = Arc::new(Mutex::new(Log::default()));
        let fault = Arc::new(Mutex::new(fault));
        let accept = tokio::spawn({
            let (log, fault) = (Arc::clone(&log), Arc::clone(&fault));
            async move {
                while let Ok((socket, _)) = listener.accept().await {
                    log.lock().unwrap().connections += 1;
                    let fault = fault.lock().unwrap().clone();
                    tokio::spawn(serve(socket, fault, Arc::clone(&log)));
                }
            }
        });
        Self { addr, fault, log, accept }
    }

    /// Answers the connections accepted from now on with `fault`.
    pub fn set(&self, fault: Fault) {
        *self.fault.lock().unwrap() = fault;
    }

    /// `http://ip:port`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// How many connections were accepted (each attempt opens one: every answer closes).
    pub fn connections(&self) -> usize {
        self.log.lock().unwrap().connections
    }

    /// The requests read completely, in order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.log.lock().unwrap().requests.clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

async fn serve(mut socket: TcpStream, fault: Fault, log: Arc<Mutex<Log>>) {
    if matches!(fault, Fault::CloseAtOnce) {
        return;
    }
    match read_request(&mut socket).await {
        Some(request) => log.lock().unwrap().requests.push(request),
        None => return,
    }
    // Write errors mean the client hung up first, which some faults provoke on purpose.
    match fault {
        Fault::CloseAtOnce => {}
        Fault::Respond(bytes) => {
            let _ = socket.write_all(&bytes).await;
            let _ = socket.shutdown().await;
        }
        Fault::Fin => {
            let _ = socket.shutdown().await;
        }
        Fault::Rst => {
            // SO_LINGER 0: closing sends RST instead of FIN.
            let _ = socket.set_zero_linger();
            drop(socket);
        }
        Fault::WriteThenStall(bytes) => {
            let _ = socket.write_all(&bytes).await;
            hold(&mut socket).await;
        }
        Fault::Drip(bytes, pause) => {
            for byte in bytes {
                if socket.write_all(&[byte]).await.is_err() {
                    return;
                }
                tokio::time::sleep(pause).await;
            }
        }
        Fault::Chunked { head, fill, total } => {
            if socket.write_all(&head).await.is_err() {
                return;
            }
            let chunk = vec![fill; 64 * 1024];
            let mut sent = 0;
            while sent < total {
                let n = chunk.len().min(total - sent);
                let frame = [format!("{n:x}\r\n").as_bytes(), &chunk[..n], b"\r\n"].concat();
                if socket.write_all(&frame).await.is_err() {
                    return;
                }
                sent += n;
            }
            let _ = socket.write_all(b"0\r\n\r\n").await;
            let _ = socket.shutdown().await;
        }
    }
}

/// Waits until the client closes the connection, reading (and discarding) whatever it sends.
async fn hold(socket: &mut TcpStream) {
    let mut sink = [0u8; 1024];
    while matches!(socket.read(&mut sink).await, Ok(n) if n > 0) {}
}

/// Reads one request head and its `Content-Length` body; `None` if the client hung up first.
async fn read_request(socket: &mut TcpStream) -> Option<Recorded> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = socket.read(&mut chunk).await.ok().filter(|&n| n > 0)?;
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut start = lines.next()?.split(' ');
    let (method, target) = (start.next()?.to_owned(), start.next()?.to_owned());
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = buffer[head_end..].to_vec();
    while body.len() < length {
        let n = socket.read(&mut chunk).await.ok().filter(|&n| n > 0)?;
        body.extend_from_slice(&chunk[..n]);
    }
    Some(Recorded { method, target, headers, body })
}

/// A complete response that closes the connection: status line, `Content-Type`,
/// `Content-Length` (the body's, unless `length` says otherwise), extra headers, body.
pub fn response(
    status: u16,
    content_type: &str,
    extra: &[(&str, &str)],
    length: Option<usize>,
    body: &[u8],
) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {status} Whatever\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n",
        length.unwrap_or(body.len())
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    [head.as_bytes(), body].concat()
}
