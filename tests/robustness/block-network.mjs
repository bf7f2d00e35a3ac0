// Preloaded into a child process by tests/robustness/no-network.test.ts: any
// attempt to reach the network ends the process with status 99 and says what.
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

function refuse(what) {
  return () => {
    process.stderr.write(`NETWORK ATTEMPT: ${what}\n`)
    process.exit(99)
  }
}
net.Socket.prototype.connect = refuse('net.Socket.connect')
net.connect = net.createConnection = refuse('net.connect')
http.request = http.get = refuse('http.request')
https.request = https.get = refuse('https.request')
dns.lookup = dns.resolve = refuse('dns.lookup')
dns.promises.lookup = dns.promises.resolve = refuse('dns.promises.lookup')
globalThis.fetch = refuse('fetch')
