import type { Server } from 'node:http';

export function contentType(filePath: string): string;

export interface StartServerOptions {
  /** 网站根目录，默认 'dist' */
  root?: string;
  /** 端口，默认 4321；0 表示随机空闲端口 */
  port?: number;
  /** 监听地址，默认 127.0.0.1 */
  host?: string;
}

export interface RunningServer {
  /** 以 / 结尾的地址，例如 http://127.0.0.1:4321/ */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export function startServer(options?: StartServerOptions): Promise<RunningServer>;
